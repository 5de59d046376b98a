using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Reconcile.Json;

namespace Reconcile.Fuzz;

/// <summary>
/// The fuzzed entry points. Each reads the whole input, calls the public API the way a caller would, and lets
/// only the documented exceptions pass: any other exception, or a result that breaks a documented promise,
/// escapes and is a finding.
/// </summary>
internal static class FuzzTargets
{
    /// <summary>The character that separates documents in a <c>reconcile</c> input (form feed: rare in articles).</summary>
    private const char DocumentSeparator = '\f';

    private const int MaxDocuments = 4;

    /// <summary>
    /// The default stages and options on one thread. AFL's coverage map is fed by whichever thread runs
    /// instrumented code, so documents read on thread-pool threads made the coverage unstable (0.2 %) and
    /// filled the map with noise; the report is byte-identical whatever the degree of parallelism
    /// (Reliability/DeterminismTests.cs).
    /// </summary>
    private static readonly Reconciler OneThread = new ReconcilerBuilder { Options = { MaxDegreeOfParallelism = 1 } }.Build();

    /// <summary>Bytes as read from a file: strict UTF-8 decoding as <see cref="Document.Load"/> does, then the header and body.</summary>
    public static void ReadDocument(Stream input)
    {
        byte[] bytes = ReadAll(input);
        Document document;
        try
        {
            document = Document.Parse("fuzz", Document.Decode("fuzz", bytes));
        }
        catch (DocumentFormatException e)
        {
            if (e.Line < 1 || e.Column < 1 || e.SourceId != "fuzz")
            {
                throw new FuzzInvariantException($"A format error must name the source and a 1-based place: {e.Message}", e);
            }

            return;
        }

        if (document.BodyStart < 0 || document.BodyStart > document.Text.Length)
        {
            throw new FuzzInvariantException($"BodyStart {document.BodyStart} is outside the text ({document.Text.Length} chars).");
        }
    }

    /// <summary>Up to four articles separated by form feeds, reconciled with the default stages; the report is written as text and JSON, and the JSON read back.</summary>
    public static void ReconcileDocuments(Stream input)
    {
        string text = Encoding.UTF8.GetString(ReadAll(input));
        var documents = new List<Document>();
        foreach (string part in text.Split(DocumentSeparator, MaxDocuments))
        {
            try
            {
                documents.Add(Document.Parse("d" + (documents.Count + 1).ToString(CultureInfo.InvariantCulture), part));
            }
            catch (DocumentFormatException)
            {
                // A malformed header is a documented outcome; the other parts are still reconciled.
            }
        }

        ReconciliationReport report = OneThread.Reconcile(documents);
        CheckClaims(report, documents);
        _ = report.ToString();
        string json = ReconcileJson.Serialize(report);
        string again = ReconcileJson.Serialize(ReconcileJson.Deserialize(json));
        if (!string.Equals(json, again, StringComparison.Ordinal))
        {
            throw new FuzzInvariantException("The JSON report does not read back to the same report.");
        }
    }

    /// <summary>Any text read both as a report and as an array of documents; whatever is accepted must write back.</summary>
    public static void ReadJson(Stream input)
    {
        string text = Encoding.UTF8.GetString(ReadAll(input));
        try
        {
            ReconciliationReport report = ReconcileJson.Deserialize(text);
            string json = ReconcileJson.Serialize(report);
            _ = report.ToString();
            if (!string.Equals(json, ReconcileJson.Serialize(ReconcileJson.Deserialize(json)), StringComparison.Ordinal))
            {
                throw new FuzzInvariantException("An accepted report does not write and read back to itself.");
            }
        }
        catch (ReconcileJsonException)
        {
            // The documented outcome for JSON that is not a report.
        }

        try
        {
            IReadOnlyList<Document> documents = ReconcileJson.DeserializeDocuments(text);
            _ = ReconcileJson.DeserializeDocuments(ReconcileJson.SerializeDocuments(documents));
        }
        catch (ReconcileJsonException)
        {
            // The documented outcome for JSON that is not an array of documents.
        }
    }

    private static void CheckClaims(ReconciliationReport report, List<Document> documents)
    {
        Dictionary<string, Document> byId = documents.ToDictionary(d => d.Source.Id, StringComparer.Ordinal);
        var seen = new HashSet<Claim>(ReferenceEqualityComparer.Instance);
        foreach (Claim claim in report.Groups.SelectMany(g => g.Claims))
        {
            if (!seen.Add(claim))
            {
                throw new FuzzInvariantException($"Claim {claim.Id} is in more than one group.");
            }

            string source = byId[claim.Source.Id].Text;
            if (claim.Span.End > source.Length || !string.Equals(claim.Span.Slice(source), claim.Text, StringComparison.Ordinal))
            {
                throw new FuzzInvariantException($"Claim {claim.Id}'s span {claim.Span} does not hold its text \"{claim.Text}\".");
            }
        }

        if (seen.Count != report.Claims.Count)
        {
            throw new FuzzInvariantException($"{report.Claims.Count} claims, but {seen.Count} in groups.");
        }
    }

    private static byte[] ReadAll(Stream input)
    {
        using var buffer = new MemoryStream();
        input.CopyTo(buffer);
        return buffer.ToArray();
    }
}
