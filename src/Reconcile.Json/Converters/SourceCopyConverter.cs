using System;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Reconcile.Json.Converters;

/// <summary>
/// Converts a <see cref="SourceCopy"/> as <c>{"firstSourceId": "wire-edited", "secondSourceId": "wire-harbour", "sharedFraction": 0.93}</c>:
/// two sources that republish one story.
/// </summary>
internal sealed class SourceCopyConverter : ReconcileConverter<SourceCopy>
{
    public override void Write(JsonWriter writer, SourceCopy value)
    {
        writer.WriteStartObject();
        writer.WritePropertyName("firstSourceId");
        writer.WriteValue(value.FirstSourceId);
        writer.WritePropertyName("secondSourceId");
        writer.WriteValue(value.SecondSourceId);
        writer.WritePropertyName("sharedFraction");
        JsonFields.WriteNumber(writer, value.SharedFraction);
        writer.WriteEndObject();
    }

    public override SourceCopy Read(JToken token)
    {
        JObject copy = JsonFields.Object(token, "a source copy");
        string first = JsonFields.RequiredString(copy, "firstSourceId");
        string second = JsonFields.RequiredString(copy, "secondSourceId");
        double shared = JsonFields.RequiredNumber(copy, "sharedFraction");
        if (shared is < 0 or > 1)
        {
            throw JsonFields.Error(copy["sharedFraction"]!, "'sharedFraction' must lie between 0 and 1.");
        }

        if (string.Equals(first, second, StringComparison.Ordinal))
        {
            throw JsonFields.Error(copy, "A source cannot be a copy of itself.");
        }

        return new SourceCopy(first, second, shared);
    }
}
