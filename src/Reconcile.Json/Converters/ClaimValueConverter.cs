using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Reconcile.Json.Converters;

/// <summary>
/// Converts a <see cref="ClaimValue"/> as an object tagged by <c>kind</c>: <c>"quantity"</c> with the
/// quantity's properties, <c>"date"</c> with <c>date</c> and <c>granularity</c>, <c>"date_range"</c> with
/// <c>start</c> and <c>end</c>, or <c>"members"</c> with <c>members</c>, an array of canonical names. <c>granularity</c> follows from <c>date</c> and is ignored when reading.
/// </summary>
internal sealed class ClaimValueConverter : ReconcileConverter<ClaimValue>
{
    public override void Write(JsonWriter writer, ClaimValue value)
    {
        writer.WriteStartObject();
        writer.WritePropertyName("kind");
        writer.WriteValue(WireNames.ValueKinds.Name(value.Kind));
        switch (value.Kind)
        {
            case ClaimValueKind.Quantity:
                QuantityConverter.WriteProperties(writer, value.Quantity);
                break;
            case ClaimValueKind.Date:
                writer.WritePropertyName("date");
                writer.WriteValue(value.Date.ToIsoString());
                writer.WritePropertyName("granularity");
                writer.WriteValue(WireNames.Granularities.Name(value.Date.Granularity));
                break;
            case ClaimValueKind.Members:
                writer.WritePropertyName("members");
                MemberSetConverter.WriteNames(writer, value.Members);
                break;
            default:
                DateRangeConverter.WriteEnds(writer, value.DateRange);
                break;
        }

        writer.WriteEndObject();
    }

    public override ClaimValue Read(JToken token)
    {
        JObject value = JsonFields.Object(token, "a claim value");
        return WireNames.ValueKinds.Read(value, "kind") switch
        {
            ClaimValueKind.Quantity => ClaimValue.FromQuantity(QuantityConverter.ReadProperties(value)),
            ClaimValueKind.Date => ClaimValue.FromDate(DateValueConverter.ReadIso(JsonFields.Required(value, "date"), "date")),
            ClaimValueKind.Members => ClaimValue.FromMembers(MemberSetConverter.ReadNames(JsonFields.Required(value, "members"), "members")),
            _ => ClaimValue.FromDateRange(DateRangeConverter.ReadEnds(value)),
        };
    }
}
