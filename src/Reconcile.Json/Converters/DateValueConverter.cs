using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Reconcile.Json.Converters;

/// <summary>Converts a <see cref="DateValue"/> as its ISO string at its own granularity: <c>"2009"</c>, <c>"2024-03"</c>, <c>"2025-05-29"</c>.</summary>
internal sealed class DateValueConverter : ReconcileConverter<DateValue>
{
    public override void Write(JsonWriter writer, DateValue value) => writer.WriteValue(value.ToIsoString());

    public override DateValue Read(JToken token) => ReadIso(token, "date");

    /// <summary>Reads an ISO date of any granularity from a string token.</summary>
    public static DateValue ReadIso(JToken token, string name)
    {
        string text = JsonFields.String(token, name);
        return DateValue.TryParseIso(text, out DateValue value)
            ? value
            : throw JsonFields.Error(token, $"'{text}' is not a date in the form yyyy, yyyy-MM or yyyy-MM-dd.");
    }

    /// <summary>Writes an optional date: its ISO string, or <see langword="null"/>.</summary>
    public static void WriteOptional(JsonWriter writer, string name, DateValue? value)
    {
        writer.WritePropertyName(name);
        if (value is { } date)
        {
            writer.WriteValue(date.ToIsoString());
        }
        else
        {
            writer.WriteNull();
        }
    }

    /// <summary>Reads a required field holding an ISO date or <see langword="null"/>.</summary>
    public static DateValue? ReadOptional(JObject owner, string name)
    {
        JToken token = JsonFields.Required(owner, name);
        return token.Type == JTokenType.Null ? null : ReadIso(token, name);
    }
}
