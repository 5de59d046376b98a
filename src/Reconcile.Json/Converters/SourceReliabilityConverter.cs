using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Reconcile.Json.Converters;

/// <summary>
/// Converts a <see cref="SourceReliability"/> as <c>{"sourceId": "wire-harbour", "reliability": 0.86, "claims": 12, "explanation": "..."}</c>.
/// </summary>
internal sealed class SourceReliabilityConverter : ReconcileConverter<SourceReliability>
{
    public override void Write(JsonWriter writer, SourceReliability value)
    {
        writer.WriteStartObject();
        writer.WritePropertyName("sourceId");
        writer.WriteValue(value.SourceId);
        writer.WritePropertyName("reliability");
        JsonFields.WriteNumber(writer, value.Reliability);
        writer.WritePropertyName("claims");
        writer.WriteValue(value.ClaimCount);
        writer.WritePropertyName("explanation");
        writer.WriteValue(value.Explanation);
        writer.WriteEndObject();
    }

    public override SourceReliability Read(JToken token)
    {
        JObject source = JsonFields.Object(token, "a source reliability");
        string id = JsonFields.RequiredString(source, "sourceId");
        double reliability = JsonFields.RequiredNumber(source, "reliability");
        int claims = JsonFields.RequiredOffset(source, "claims");
        string? explanation = JsonFields.OptionalString(source, "explanation");
        try
        {
            return new SourceReliability(id, reliability, claims, explanation);
        }
        catch (System.ArgumentException e)
        {
            throw JsonFields.Error(source, e.Message, e);
        }
    }
}
