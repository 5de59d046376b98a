using System;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Reconcile.Json.Converters;

/// <summary>
/// Converts a <see cref="TimeScope"/> as <c>{"text": "in 2024", "start": "2024", "end": "2024", "resolved": true}</c>.
/// An unresolved scope ("last year" with no publication date) has <c>resolved: false</c> and null ends.
/// </summary>
internal sealed class TimeScopeConverter : ReconcileConverter<TimeScope>
{
    public override void Write(JsonWriter writer, TimeScope value)
    {
        writer.WriteStartObject();
        writer.WritePropertyName("text");
        writer.WriteValue(value.Text);
        DateRangeConverter.WriteEnds(writer, value.Range.GetValueOrDefault());
        writer.WritePropertyName("resolved");
        writer.WriteValue(value.IsResolved);
        writer.WriteEndObject();
    }

    public override TimeScope Read(JToken token)
    {
        JObject scope = JsonFields.Object(token, "a time scope");
        string text = JsonFields.RequiredString(scope, "text");
        DateRange range = DateRangeConverter.ReadEnds(scope);
        bool hasDates = range.Start.HasValue || range.End.HasValue;
        bool resolved = JsonFields.Optional(scope, "resolved") is null ? hasDates : JsonFields.RequiredBoolean(scope, "resolved");
        if (!resolved && hasDates)
        {
            throw JsonFields.Error(scope, "An unresolved scope has no dates; 'start' and 'end' must be null.");
        }

        try
        {
            return new TimeScope(text, resolved ? range : null);
        }
        catch (ArgumentException e)
        {
            throw JsonFields.Error(scope, e.Message, e);
        }
    }
}
