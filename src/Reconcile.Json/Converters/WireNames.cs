namespace Reconcile.Json.Converters;

/// <summary>The wire names of the enums in the report format (docs/report-format.md).</summary>
internal static class WireNames
{
    public static WireEnum<Hedge> Hedges { get; } = new(
        (Hedge.None, "none"),
        (Hedge.MoreThan, "more_than"),
        (Hedge.WellOver, "well_over"),
        (Hedge.AtLeast, "at_least"),
        (Hedge.Nearly, "nearly"),
        (Hedge.About, "about"),
        (Hedge.UpTo, "up_to"),
        (Hedge.AtMost, "at_most"),
        (Hedge.LessThan, "less_than"),
        (Hedge.Between, "between"));

    public static WireEnum<UnitDimension> Dimensions { get; } = new(
        (UnitDimension.Count, "count"),
        (UnitDimension.Currency, "currency"),
        (UnitDimension.Percent, "percent"),
        (UnitDimension.Length, "length"),
        (UnitDimension.Mass, "mass"),
        (UnitDimension.Volume, "volume"),
        (UnitDimension.Duration, "duration"),
        (UnitDimension.Area, "area"),
        (UnitDimension.Speed, "speed"),
        (UnitDimension.Temperature, "temperature"));

    public static WireEnum<DateGranularity> Granularities { get; } = new(
        (DateGranularity.Day, "day"),
        (DateGranularity.Month, "month"),
        (DateGranularity.Year, "year"));

    public static WireEnum<ClaimValueKind> ValueKinds { get; } = new(
        (ClaimValueKind.Quantity, "quantity"),
        (ClaimValueKind.Date, "date"),
        (ClaimValueKind.DateRange, "date_range"),
        (ClaimValueKind.Members, "members"));

    public static WireEnum<Verdict> Verdicts { get; } = new(
        (Verdict.Agree, "agree"),
        (Verdict.Compatible, "compatible"),
        (Verdict.Conflict, "conflict"),
        (Verdict.ScopeDiffers, "scope_differs"),
        (Verdict.SingleSource, "single_source"));

    public static WireEnum<DiscrepancyKind> DiscrepancyKinds { get; } = new(
        (DiscrepancyKind.Conflict, "conflict"),
        (DiscrepancyKind.ScopeDiffers, "scope_differs"));
}
