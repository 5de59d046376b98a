using System.Collections.Generic;
using Newtonsoft.Json;
using Reconcile.Json.Converters;

namespace Reconcile.Json;

/// <summary>
/// The Newtonsoft.Json converters for Reconcile's types, one singleton per type, in the wire format of
/// <c>docs/report-format.md</c>. <see cref="JsonSerializerSettingsExtensions.ConfigureForReconcile"/> adds them all.
/// </summary>
/// <remarks>
/// <para>Each converter handles its type and, for a value type, the nullable form. Keys are written in a
/// fixed order and read in any order; unknown keys (including <c>$type</c>) are ignored. Reading errors are
/// <see cref="ReconcileJsonException"/>s with the line and position of the offending value.</para>
/// <threadsafety>The converters are immutable and may be shared by any number of serializers and threads.</threadsafety>
/// </remarks>
public static class ReconcileConverters
{
    /// <summary>Gets the converter for <see cref="TextSpan"/>: <c>{"start": 10, "end": 26}</c>, UTF-16 offsets, end exclusive.</summary>
    public static JsonConverter TextSpanConverter { get; } = new TextSpanConverter();

    /// <summary>Gets the converter for <see cref="Unit"/>: <c>{"dimension": "currency", "symbol": "USD"}</c>.</summary>
    public static JsonConverter UnitConverter { get; } = new UnitConverter();

    /// <summary>Gets the converter for <see cref="NumericRange"/>: <c>{"lower": {"value": 11000, "inclusive": false}, "upper": null}</c>.</summary>
    public static JsonConverter NumericRangeConverter { get; } = new NumericRangeConverter();

    /// <summary>Gets the converter for <see cref="Quantity"/>: hedge, value, unit, rounding step and the derived range.</summary>
    public static JsonConverter QuantityConverter { get; } = new QuantityConverter();

    /// <summary>Gets the converter for <see cref="DateValue"/>: an ISO string at the date's granularity, <c>"2009"</c>, <c>"2024-03"</c> or <c>"2025-05-29"</c>.</summary>
    public static JsonConverter DateValueConverter { get; } = new DateValueConverter();

    /// <summary>Gets the converter for <see cref="DateRange"/>: <c>{"start": "2009", "end": null}</c>.</summary>
    public static JsonConverter DateRangeConverter { get; } = new DateRangeConverter();

    /// <summary>Gets the converter for <see cref="TimeScope"/>: <c>{"text", "start", "end", "resolved"}</c>.</summary>
    public static JsonConverter TimeScopeConverter { get; } = new TimeScopeConverter();

    /// <summary>Gets the converter for <see cref="MemberSet"/>: the array of canonical names, <c>["Australia", "Canada"]</c>.</summary>
    public static JsonConverter MemberSetConverter { get; } = new MemberSetConverter();

    /// <summary>Gets the converter for <see cref="ClaimValue"/>: an object tagged by <c>kind</c> (<c>quantity</c>, <c>date</c>, <c>date_range</c> or <c>members</c>).</summary>
    public static JsonConverter ClaimValueConverter { get; } = new ClaimValueConverter();

    /// <summary>Gets the converter for <see cref="Source"/>: <c>{"id", "title", "outlet", "published", "url", "path"}</c>.</summary>
    public static JsonConverter SourceConverter { get; } = new SourceConverter();

    /// <summary>Gets the converter for <see cref="SourceCopy"/>: <c>{"firstSourceId", "secondSourceId", "sharedFraction"}</c>.</summary>
    public static JsonConverter SourceCopyConverter { get; } = new SourceCopyConverter();

    /// <summary>Gets the converter for <see cref="SupportedValue"/>: <c>{"decided", "description", "confidence", "value", "sources", "explanation"}</c>.</summary>
    public static JsonConverter SupportedValueConverter { get; } = new SupportedValueConverter();

    /// <summary>Gets the converter for <see cref="SourceReliability"/>: <c>{"sourceId", "reliability", "claims", "explanation"}</c>.</summary>
    public static JsonConverter SourceReliabilityConverter { get; } = new SourceReliabilityConverter();

    /// <summary>Gets the converter for <see cref="Document"/> in the input form <c>{"id", "title", "outlet", "published", "url", "text"}</c>, whose text is all body.</summary>
    public static JsonConverter DocumentConverter { get; } = new DocumentConverter();

    /// <summary>Gets the converter for a whole <see cref="ReconciliationReport"/>, in the versioned format of <c>docs/report-format.md</c>.</summary>
    public static JsonConverter ReportConverter { get; } = new ReportConverter();

    /// <summary>Gets every converter above, in a fixed order.</summary>
    internal static IReadOnlyList<JsonConverter> All { get; } =
    [
        TextSpanConverter,
        UnitConverter,
        NumericRangeConverter,
        QuantityConverter,
        DateValueConverter,
        DateRangeConverter,
        TimeScopeConverter,
        MemberSetConverter,
        ClaimValueConverter,
        SourceConverter,
        SourceCopyConverter,
        SupportedValueConverter,
        SourceReliabilityConverter,
        DocumentConverter,
        ReportConverter,
    ];
}
