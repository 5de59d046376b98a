using System;

namespace Reconcile.Comparison;

/// <summary>Whether two claim values state the same thing, and whether both can hold at once.</summary>
internal static class ValueComparison
{
    /// <summary>
    /// The same value once hedges are read as ranges ("more than 11,000" is "over 11,000"), lists as sets of
    /// canonical names, and a list as the count of its members ("the 11 countries" and eleven names).
    /// </summary>
    public static bool SameValue(in ClaimValue a, in ClaimValue b)
    {
        if (a.Kind != b.Kind)
        {
            return (a.Kind, b.Kind) switch
            {
                (ClaimValueKind.Members, ClaimValueKind.Quantity) => CountIs(b.Quantity, a.Members.Count),
                (ClaimValueKind.Quantity, ClaimValueKind.Members) => CountIs(a.Quantity, b.Members.Count),
                _ => false,
            };
        }

        return a.Kind switch
        {
            ClaimValueKind.Quantity => a.Quantity.Unit == b.Quantity.Unit && a.Quantity.Range == b.Quantity.Range,
            ClaimValueKind.Date => a.Date == b.Date,
            ClaimValueKind.Members => a.Members == b.Members,
            _ => a.DateRange == b.DateRange,
        };
    }

    /// <summary>Whether both values can be true at once: overlapping ranges, dates that match at the coarser granularity, equal lists, or a count a list fits.</summary>
    public static bool CanBothHold(in ClaimValue a, in ClaimValue b)
    {
        if (a.Kind != b.Kind)
        {
            return (a.Kind, b.Kind) switch
            {
                (ClaimValueKind.Members, ClaimValueKind.Quantity) => b.Quantity.Unit.Dimension != UnitDimension.Count || b.Quantity.Range.Contains(a.Members.Count),
                (ClaimValueKind.Quantity, ClaimValueKind.Members) => a.Quantity.Unit.Dimension != UnitDimension.Count || a.Quantity.Range.Contains(b.Members.Count),
                _ => true,
            };
        }

        return a.Kind switch
        {
            ClaimValueKind.Quantity => a.Quantity.Unit != b.Quantity.Unit || a.Quantity.Range.Overlaps(b.Quantity.Range),
            ClaimValueKind.Date => a.Date.Matches(b.Date),
            ClaimValueKind.Members => a.Members == b.Members,
            _ => a.DateRange.Matches(b.DateRange),
        };
    }

    /// <summary>
    /// Whether two figures are of such different size (more than three times apart) that they are unlikely to
    /// be one fact, even when an open hedge lets them overlap: "at least 30 people" and "12,000 people".
    /// </summary>
    public static bool FarApart(in ClaimValue a, in ClaimValue b)
    {
        if (!TryMagnitude(a, out double x) || !TryMagnitude(b, out double y) || x <= 0 || y <= 0)
        {
            return false;
        }

        return Math.Max(x, y) / Math.Min(x, y) > FarRatio;
    }

    private const double FarRatio = 3;

    // Figures within a tenth of each other are close; a count under 20 or a percentage is a figure that different
    // facts of one story often share ("three people", "40 percent"), so it says less.
    private const double CloseGap = 0.1;
    private const double NearGap = 0.2;
    private const int NearDateUnits = 2;
    private const double SpecificCount = 20;

    /// <summary>
    /// Whether two figures of one unit are near (their written figures within a fifth of each other, whatever
    /// their hedges: "nearly 50" and "51", "more than 70" and "74"), how far apart they are as a share of the larger,
    /// and whether they are specific enough for that to say something; <see langword="null"/> when they are not
    /// near or not figures.
    /// </summary>
    public static (bool Specific, double Gap)? Closeness(ClaimValue a, ClaimValue b)
    {
        if (a.Kind != ClaimValueKind.Quantity || b.Kind != ClaimValueKind.Quantity || a.Quantity.Unit != b.Quantity.Unit
            || !TryMagnitude(a, out double x) || !TryMagnitude(b, out double y) || x <= 0 || y <= 0)
        {
            return null;
        }

        double gap = Math.Abs(x - y) / Math.Max(x, y);
        if (gap > NearGap)
        {
            return null;
        }

        // A figure written with decimals ("54.8%") is specific whatever its size, and a round figure near it ("about
        // 55%") is most likely that figure rounded. (Only figures under 1,000 count: "4.2 billion" is a whole number.)
        bool decimals = HasDecimals(a.Quantity) || HasDecimals(b.Quantity);
        bool specific = decimals || (a.Quantity.Unit.Dimension != UnitDimension.Percent && Math.Min(x, y) >= SpecificCount);
        return (specific, gap);
    }

    /// <summary>Whether two figures are within a tenth of each other, the usual distance between two reports of one figure.</summary>
    public static bool Close((bool Specific, double Gap) closeness) => closeness.Gap <= CloseGap;

    /// <summary>
    /// The figures' distance as a share of the larger ("more than 11,000" and "nearly 11,000": 0), or
    /// <see langword="null"/> when either is not a figure.
    /// </summary>
    public static double? Gap(ClaimValue a, ClaimValue b)
        => TryMagnitude(a, out double x) && TryMagnitude(b, out double y) && x > 0 && y > 0 ? Math.Abs(x - y) / Math.Max(x, y) : null;

    /// <summary>
    /// Whether two dates or periods of the same kind differ by one or two of their own units ("March 2022" and
    /// "February 2022", "since 1998" and "since 1996"): the usual slip between two reports of one date.
    /// </summary>
    public static bool NearDates(ClaimValue a, ClaimValue b)
    {
        DateValue? x = a.Kind == ClaimValueKind.Date ? a.Date : a.Kind == ClaimValueKind.DateRange ? a.DateRange.Start : null;
        DateValue? y = b.Kind == ClaimValueKind.Date ? b.Date : b.Kind == ClaimValueKind.DateRange ? b.DateRange.Start : null;
        if (a.Kind != b.Kind || x is not { } dx || y is not { } dy || dx.Granularity != dy.Granularity || dx == dy)
        {
            return false;
        }

        int units = dx.Granularity switch
        {
            DateGranularity.Year => Math.Abs(dx.Year - dy.Year),
            DateGranularity.Month => Math.Abs(((dx.Year * 12) + dx.Month) - ((dy.Year * 12) + dy.Month)),
            _ => int.MaxValue, // days: two events of one story are often a day apart
        };
        return units <= NearDateUnits;
    }

    /// <summary>Whether a figure under 1,000 was written with decimals ("54.8%"; "4.2 billion" is a whole number).</summary>
    internal static bool HasDecimals(in Quantity q) => q.Value < 1000 && q.Value != Math.Floor(q.Value);

    /// <summary>The size of a figure: the middle of a "between" range, otherwise the figure as written, without its sign.</summary>
    internal static double Magnitude(in Quantity q) => Math.Abs(q.Hedge == Hedge.Between ? (q.Value + q.High) / 2 : q.Value);

    private static bool TryMagnitude(in ClaimValue value, out double magnitude)
    {
        switch (value.Kind)
        {
            case ClaimValueKind.Quantity:
                magnitude = Magnitude(value.Quantity);
                return true;
            case ClaimValueKind.Members:
                magnitude = value.Members.Count;
                return true;
            default:
                magnitude = 0;
                return false;
        }
    }

    /// <summary><see cref="SameValue(in ClaimValue, in ClaimValue)"/>, with two figures compared by their facts.</summary>
    public static bool SameValue(in ValueFacts fa, in ClaimValue a, in ValueFacts fb, in ClaimValue b)
        => fa.IsQuantity && fb.IsQuantity ? fa.Unit == fb.Unit && fa.Range == fb.Range : SameValue(a, b);

    /// <summary><see cref="CanBothHold(in ClaimValue, in ClaimValue)"/>, with two figures compared by their facts.</summary>
    public static bool CanBothHold(in ValueFacts fa, in ClaimValue a, in ValueFacts fb, in ClaimValue b)
        => fa.IsQuantity && fb.IsQuantity ? fa.Unit != fb.Unit || fa.Range.Overlaps(fb.Range) : CanBothHold(a, b);

    /// <summary><see cref="FarApart(in ClaimValue, in ClaimValue)"/> from the values' facts.</summary>
    public static bool FarApart(in ValueFacts a, in ValueFacts b)
        => a.Sized && b.Sized && Math.Max(a.Magnitude, b.Magnitude) / Math.Min(a.Magnitude, b.Magnitude) > FarRatio;

    /// <summary><see cref="Closeness(ClaimValue, ClaimValue)"/> from the values' facts.</summary>
    public static (bool Specific, double Gap)? Closeness(in ValueFacts a, in ValueFacts b)
    {
        if (!a.IsQuantity || !b.IsQuantity || !a.Sized || !b.Sized || a.Unit != b.Unit)
        {
            return null;
        }

        double x = a.Magnitude, y = b.Magnitude;
        double gap = Math.Abs(x - y) / Math.Max(x, y);
        if (gap > NearGap)
        {
            return null;
        }

        bool specific = a.HasDecimals || b.HasDecimals || (a.Unit.Dimension != UnitDimension.Percent && Math.Min(x, y) >= SpecificCount);
        return (specific, gap);
    }

    /// <summary><see cref="Gap(ClaimValue, ClaimValue)"/> from the values' facts.</summary>
    public static double? Gap(in ValueFacts a, in ValueFacts b)
        => a.Sized && b.Sized ? Math.Abs(a.Magnitude - b.Magnitude) / Math.Max(a.Magnitude, b.Magnitude) : null;

    /// <summary>
    /// <see cref="NearDates(ClaimValue, ClaimValue)"/>, asked of the values only when both are dates or both periods:
    /// figures and lists are never near dates.
    /// </summary>
    public static bool NearDates(in ValueFacts fa, in ClaimValue a, in ValueFacts fb, in ClaimValue b)
        => fa.Kind == fb.Kind && fa.Kind is ClaimValueKind.Date or ClaimValueKind.DateRange && NearDates(a, b);

    private static bool CountIs(Quantity quantity, int count)
        => quantity.Unit.Dimension == UnitDimension.Count && quantity.Range == NumericRange.Exactly(count);
}
