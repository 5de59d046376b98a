using System;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Reconcile.Json.Converters;

/// <summary>
/// Converts a <see cref="NumericRange"/> as <c>{"lower": {"value": 11000, "inclusive": false}, "upper": null}</c>;
/// a <see langword="null"/> end is unbounded.
/// </summary>
internal sealed class NumericRangeConverter : ReconcileConverter<NumericRange>
{
    public override void Write(JsonWriter writer, NumericRange value)
    {
        writer.WriteStartObject();
        WriteEnds(writer, value);
        writer.WriteEndObject();
    }

    public override NumericRange Read(JToken token)
    {
        JObject range = JsonFields.Object(token, "a numeric range");
        (double? lower, bool lowerInclusive) = ReadEnd(range, "lower");
        (double? upper, bool upperInclusive) = ReadEnd(range, "upper");
        try
        {
            return new NumericRange(lower, lowerInclusive, upper, upperInclusive);
        }
        catch (ArgumentOutOfRangeException e)
        {
            throw JsonFields.Error(range, e.Message, e);
        }
    }

    /// <summary>Writes the <c>lower</c> and <c>upper</c> properties into the current object.</summary>
    public static void WriteEnds(JsonWriter writer, NumericRange value)
    {
        WriteEnd(writer, "lower", value.Lower, value.LowerInclusive);
        WriteEnd(writer, "upper", value.Upper, value.UpperInclusive);
    }

    private static void WriteEnd(JsonWriter writer, string name, double? end, bool inclusive)
    {
        writer.WritePropertyName(name);
        if (end is not { } value)
        {
            writer.WriteNull();
            return;
        }

        writer.WriteStartObject();
        writer.WritePropertyName("value");
        JsonFields.WriteNumber(writer, value);
        writer.WritePropertyName("inclusive");
        writer.WriteValue(inclusive);
        writer.WriteEndObject();
    }

    private static (double? Value, bool Inclusive) ReadEnd(JObject range, string name)
    {
        JToken token = JsonFields.Required(range, name);
        if (token.Type == JTokenType.Null)
        {
            return (null, false);
        }

        JObject end = JsonFields.Object(token, $"'{name}'");
        return (JsonFields.RequiredNumber(end, "value"), JsonFields.RequiredBoolean(end, "inclusive"));
    }
}
