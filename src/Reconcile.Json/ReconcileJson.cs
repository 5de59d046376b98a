using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Reconcile.Json.Converters;

namespace Reconcile.Json;

/// <summary>
/// Writes and reads Reconcile's JSON: the report (<c>docs/report-format.md</c>) and the input form for articles,
/// an array of <c>{"id", "title", "outlet", "published", "url", "text"}</c> objects.
/// </summary>
/// <example>
/// <code>
/// string json = ReconcileJson.Serialize(Reconciler.Default.Reconcile(documents));
/// ReconciliationReport again = ReconcileJson.Deserialize(json);
/// </code>
/// </example>
/// <remarks>
/// <para>Output is indented by two spaces, uses <c>\n</c> line ends, has no trailing line end, and keeps a
/// fixed key order: equal reports give byte-identical text whatever the culture or platform.</para>
/// <para>Reading never honours type names (<c>$type</c> is ignored), keeps date-like strings as strings,
/// refuses duplicate keys and nesting deeper than 64 levels, and reports every problem as a
/// <see cref="ReconcileJsonException"/> with its line and position.</para>
/// <threadsafety>All members are thread-safe.</threadsafety>
/// </remarks>
public static class ReconcileJson
{
    /// <summary>The version of the report format written, in the report's <c>schemaVersion</c> key; reading refuses any other.</summary>
    public const int SchemaVersion = ReportConverter.SchemaVersion;

    private static readonly ReportConverter Reports = new();
    private static readonly DocumentConverter Documents = new();

    /// <summary>Writes a report as JSON.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The indented JSON, with <c>\n</c> line ends and no trailing line end.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The report cannot be read back faithfully: a claim has no id or shares one, a claim or copy names a source that is not among the report's sources, or a source id repeats.</exception>
    public static string Serialize(ReconciliationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return Write(writer => Reports.Write(writer, report));
    }

    /// <summary>Reads a report written by <see cref="Serialize"/> (or by hand, in the same format).</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The report, with one shared <see cref="Source"/> per source id and one <see cref="Claim"/> per claim id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    /// <exception cref="ReconcileJsonException">The JSON is malformed or too deeply nested, its <c>schemaVersion</c> is not <see cref="SchemaVersion"/>, or a field is missing, mistyped or inconsistent.</exception>
    public static ReconciliationReport Deserialize(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Reports.Read(ReadRoot(json));
    }

    /// <summary>Writes documents in the input form. Each document's text is written without its header, whose fields are the other keys; the source's path is not written.</summary>
    /// <param name="documents">The documents, written in the order given.</param>
    /// <returns>A JSON array, indented, with <c>\n</c> line ends and no trailing line end.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="documents"/> is or holds <see langword="null"/>.</exception>
    public static string SerializeDocuments(IEnumerable<Document> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        return Write(writer =>
        {
            writer.WriteStartArray();
            foreach (Document document in documents)
            {
                ArgumentNullException.ThrowIfNull(document, nameof(documents));
                Documents.Write(writer, document);
            }

            writer.WriteEndArray();
        });
    }

    /// <summary>Reads documents in the input form: a JSON array of <c>{"id", "title", "outlet", "published", "url", "text"}</c> objects, of which <c>id</c> and <c>text</c> are required.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The documents, in array order. Each text is all body: no header is looked for in it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    /// <exception cref="ReconcileJsonException">The JSON is malformed or too deeply nested, is not an array of documents, a field is missing or mistyped, <c>published</c> is not <c>yyyy-MM-dd</c>, or two documents share an id.</exception>
    public static IReadOnlyList<Document> DeserializeDocuments(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        JToken root = ReadRoot(json);
        if (root is JObject report && report.ContainsKey("schemaVersion"))
        {
            throw JsonFields.Error(root, "This is a Reconcile report, not an array of documents to reconcile.");
        }

        JArray array = JsonFields.Array(root, "an array of documents");
        var documents = new List<Document>(array.Count);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (JToken item in array)
        {
            Document document = Documents.Read(item);
            if (!ids.Add(document.Source.Id))
            {
                throw JsonFields.Error(item, $"The document id '{document.Source.Id}' appears more than once; ids must be unique.");
            }

            documents.Add(document);
        }

        return documents;
    }

    private static string Write(Action<JsonWriter> write)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        using (var writer = new JsonTextWriter(text) { Formatting = Formatting.Indented, Indentation = 2, IndentChar = ' ', CloseOutput = false })
        {
            write(writer);
        }

        return text.ToString();
    }

    private static JToken ReadRoot(string json)
    {
        using var reader = new JsonTextReader(new StringReader(json))
        {
            DateParseHandling = DateParseHandling.None,
            FloatParseHandling = FloatParseHandling.Double,
            MaxDepth = JsonSerializerSettingsExtensions.MaxDepth,
        };
        JToken root = JsonFields.Load(reader);
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType != JsonToken.Comment)
                {
                    throw new ReconcileJsonException("The JSON has more content after its end.", reader.Path, reader.LineNumber, reader.LinePosition);
                }
            }
        }
        catch (JsonException e)
        {
            throw JsonFields.Malformed(e);
        }

        return root;
    }
}
