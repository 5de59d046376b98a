using System;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Reconcile.Json.Converters;

/// <summary>Converts a <see cref="DateRange"/> as <c>{"start": "2009", "end": null}</c>; a <see langword="null"/> end is open.</summary>
internal sealed class DateRangeConverter : ReconcileConverter<DateRange>
{
    public override void Write(JsonWriter writer, DateRange value)
    {
        writer.WriteStartObject();
        WriteEnds(writer, value);
        writer.WriteEndObject();
    }

    public override DateRange Read(JToken token) => ReadEnds(JsonFields.Object(token, "a date range"));

    /// <summary>Writes the <c>start</c> and <c>end</c> properties into the current object.</summary>
    public static void WriteEnds(JsonWriter writer, DateRange value)
    {
        DateValueConverter.WriteOptional(writer, "start", value.Start);
        DateValueConverter.WriteOptional(writer, "end", value.End);
    }

    /// <summary>Reads the <c>start</c> and <c>end</c> properties of <paramref name="owner"/>.</summary>
    public static DateRange ReadEnds(JObject owner)
    {
        DateValue? start = DateValueConverter.ReadOptional(owner, "start");
        DateValue? end = DateValueConverter.ReadOptional(owner, "end");
        try
        {
            return new DateRange(start, end);
        }
        catch (ArgumentException e)
        {
            throw JsonFields.Error(owner, e.Message, e);
        }
    }
}
