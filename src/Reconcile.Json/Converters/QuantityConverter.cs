using System;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Reconcile.Json.Converters;

/// <summary>
/// Converts a <see cref="Quantity"/> as
/// <c>{"hedge": "more_than", "value": 11000, "unit": {…}, "step": 1000, "lower": {…}, "upper": null}</c>.
/// <c>high</c> is written for a <c>between</c> figure only, and <c>"approximate": true</c> for a range hedged as a
/// whole ("about 14-18 mpg"); <c>lower</c> and <c>upper</c> are the derived
/// <see cref="Quantity.Range"/>, written for readers and ignored when reading.
/// </summary>
internal sealed class QuantityConverter : ReconcileConverter<Quantity>
{
    private static readonly UnitConverter Units = new();

    public override void Write(JsonWriter writer, Quantity value)
    {
        writer.WriteStartObject();
        WriteProperties(writer, value);
        writer.WriteEndObject();
    }

    public override Quantity Read(JToken token) => ReadProperties(JsonFields.Object(token, "a quantity"));

    /// <summary>Writes the quantity's properties into the current object.</summary>
    public static void WriteProperties(JsonWriter writer, Quantity value)
    {
        writer.WritePropertyName("hedge");
        writer.WriteValue(WireNames.Hedges.Name(value.Hedge));
        writer.WritePropertyName("value");
        JsonFields.WriteNumber(writer, value.Value);
        if (value.Hedge == Hedge.Between)
        {
            writer.WritePropertyName("high");
            JsonFields.WriteNumber(writer, value.High);
            if (value.IsApproximate)
            {
                writer.WritePropertyName("approximate");
                writer.WriteValue(true);
            }
        }

        writer.WritePropertyName("unit");
        Units.Write(writer, value.Unit);
        writer.WritePropertyName("step");
        JsonFields.WriteNumber(writer, value.Step);
        NumericRangeConverter.WriteEnds(writer, value.Range);
    }

    /// <summary>Reads the quantity's properties from <paramref name="owner"/>; <c>lower</c> and <c>upper</c> are ignored.</summary>
    public static Quantity ReadProperties(JObject owner)
    {
        Hedge hedge = WireNames.Hedges.Read(owner, "hedge");
        double value = JsonFields.RequiredNumber(owner, "value");
        Unit unit = Units.Read(JsonFields.Required(owner, "unit"));
        try
        {
            if (hedge == Hedge.Between)
            {
                bool approximate = JsonFields.Optional(owner, "approximate") is { } a && a.Type == JTokenType.Boolean && a.Value<bool>();
                return Quantity.Between(value, JsonFields.RequiredNumber(owner, "high"), unit, approximate);
            }

            if (JsonFields.Optional(owner, "high") is { } high && JsonFields.Number(high, "high") != value)
            {
                throw JsonFields.Error(high, "'high' differs from 'value', but only a \"between\" figure has a separate upper figure.");
            }

            double step = JsonFields.Optional(owner, "step") is { } s ? JsonFields.Number(s, "step") : 0;
            return new Quantity(value, hedge, unit, step);
        }
        catch (ArgumentOutOfRangeException e)
        {
            throw JsonFields.Error(owner, e.Message, e);
        }
    }
}
