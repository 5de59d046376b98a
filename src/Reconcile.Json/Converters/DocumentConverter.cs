using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Reconcile.Json.Converters;

/// <summary>
/// Converts a <see cref="Document"/> in the input form <c>{"id", "title", "outlet", "published", "url", "text"}</c>.
/// The text is all body: a document read this way has no header, and one written this way keeps only its body
/// (its header's fields are the other keys). The source's path is not part of the form.
/// </summary>
internal sealed class DocumentConverter : ReconcileConverter<Document>
{
    public override void Write(JsonWriter writer, Document value)
    {
        writer.WriteStartObject();
        SourceConverter.WriteDetails(writer, value.Source);
        writer.WritePropertyName("text");
        writer.WriteValue(value.Text[value.BodyStart..]);
        writer.WriteEndObject();
    }

    public override Document Read(JToken token)
    {
        JObject document = JsonFields.Object(token, "a document");
        Source source = SourceConverter.ReadDetails(document);
        return new Document(source, JsonFields.RequiredString(document, "text"));
    }
}
