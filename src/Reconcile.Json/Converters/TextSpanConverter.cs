using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Reconcile.Json.Converters;

/// <summary>Converts a <see cref="TextSpan"/> as <c>{"start": 10, "end": 26}</c>: UTF-16 offsets, end exclusive.</summary>
internal sealed class TextSpanConverter : ReconcileConverter<TextSpan>
{
    public override void Write(JsonWriter writer, TextSpan value)
    {
        writer.WriteStartObject();
        WriteBounds(writer, value);
        writer.WriteEndObject();
    }

    public override TextSpan Read(JToken token) => ReadBounds(JsonFields.Object(token, "a text span"));

    /// <summary>Writes the <c>start</c> and <c>end</c> properties into the current object.</summary>
    public static void WriteBounds(JsonWriter writer, TextSpan value)
    {
        writer.WritePropertyName("start");
        writer.WriteValue(value.Start);
        writer.WritePropertyName("end");
        writer.WriteValue(value.End);
    }

    /// <summary>Reads the <c>start</c> and <c>end</c> properties of <paramref name="owner"/>.</summary>
    public static TextSpan ReadBounds(JObject owner)
    {
        int start = JsonFields.RequiredOffset(owner, "start");
        int end = JsonFields.RequiredOffset(owner, "end");
        return end >= start
            ? TextSpan.FromBounds(start, end)
            : throw JsonFields.Error(owner["end"]!, "'end' must not be before 'start'.");
    }
}
