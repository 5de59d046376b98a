using System;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Reconcile.Json.Converters;

/// <summary>Converts a <see cref="Unit"/> as <c>{"dimension": "currency", "symbol": "USD"}</c>; a plain count has an empty symbol.</summary>
internal sealed class UnitConverter : ReconcileConverter<Unit>
{
    public override void Write(JsonWriter writer, Unit value)
    {
        writer.WriteStartObject();
        writer.WritePropertyName("dimension");
        writer.WriteValue(WireNames.Dimensions.Name(value.Dimension));
        writer.WritePropertyName("symbol");
        writer.WriteValue(value.Symbol);
        writer.WriteEndObject();
    }

    public override Unit Read(JToken token)
    {
        JObject unit = JsonFields.Object(token, "a unit");
        UnitDimension dimension = WireNames.Dimensions.Read(unit, "dimension");
        string symbol = JsonFields.RequiredString(unit, "symbol");
        try
        {
            return new Unit(dimension, symbol);
        }
        catch (ArgumentException e)
        {
            throw JsonFields.Error(unit, e.Message, e);
        }
    }
}
