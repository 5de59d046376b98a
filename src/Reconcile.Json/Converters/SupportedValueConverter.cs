using System.Collections.Generic;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Reconcile.Json.Converters;

/// <summary>
/// Converts a <see cref="SupportedValue"/> as <c>{"decided", "description", "confidence", "value", "sources": [{"id", "weight"}], "explanation"}</c>:
/// the best-supported value of a group, or an explicit "cannot decide" (<c>decided</c> false, <c>value</c> null, no sources).
/// </summary>
internal sealed class SupportedValueConverter : ReconcileConverter<SupportedValue>
{
    private static readonly ClaimValueConverter Values = new();

    public override void Write(JsonWriter writer, SupportedValue value)
    {
        writer.WriteStartObject();
        writer.WritePropertyName("decided");
        writer.WriteValue(value.IsDecided);
        writer.WritePropertyName("description");
        writer.WriteValue(value.Description);
        writer.WritePropertyName("confidence");
        JsonFields.WriteNumber(writer, value.Confidence);
        writer.WritePropertyName("value");
        if (value.Value is { } best)
        {
            Values.Write(writer, best);
        }
        else
        {
            writer.WriteNull();
        }

        writer.WritePropertyName("sources");
        writer.WriteStartArray();
        foreach (string id in value.SupportingSourceIds)
        {
            writer.WriteStartObject();
            writer.WritePropertyName("id");
            writer.WriteValue(id);
            writer.WritePropertyName("weight");
            JsonFields.WriteNumber(writer, value.SupportingWeights[id]);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WritePropertyName("explanation");
        writer.WriteValue(value.Explanation);
        writer.WriteEndObject();
    }

    public override SupportedValue Read(JToken token)
    {
        JObject supported = JsonFields.Object(token, "a supported value");
        bool decided = JsonFields.RequiredBoolean(supported, "decided");
        string description = JsonFields.RequiredString(supported, "description");
        double confidence = JsonFields.RequiredNumber(supported, "confidence");
        ClaimValue? value = JsonFields.Optional(supported, "value") is { } valueToken ? Values.Read(valueToken) : null;
        var sources = new List<KeyValuePair<string, double>>();
        if (JsonFields.Optional(supported, "sources") is { } list)
        {
            foreach (JToken item in JsonFields.Array(list, "'sources'"))
            {
                JObject source = JsonFields.Object(item, "a supporting source");
                sources.Add(new(JsonFields.RequiredString(source, "id"), JsonFields.RequiredNumber(source, "weight")));
            }
        }

        string explanation = JsonFields.RequiredString(supported, "explanation");
        try
        {
            return new SupportedValue(value, description, confidence, decided, sources, explanation);
        }
        catch (System.ArgumentException e)
        {
            throw JsonFields.Error(supported, e.Message, e);
        }
    }
}
