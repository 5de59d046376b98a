namespace Reconcile.Comparison;

/// <summary>Whether two claim values state the same thing, and whether both can hold at once.</summary>
internal static class ValueComparison
{
    /// <summary>The same value once hedges are read as ranges: "more than 11,000" is the same as "over 11,000".</summary>
    public static bool SameValue(ClaimValue a, ClaimValue b)
    {
        if (a.Kind != b.Kind)
        {
            return false;
        }

        return a.Kind switch
        {
            ClaimValueKind.Quantity => a.Quantity.Unit == b.Quantity.Unit && a.Quantity.Range == b.Quantity.Range,
            ClaimValueKind.Date => a.Date == b.Date,
            _ => a.DateRange == b.DateRange,
        };
    }

    /// <summary>Whether both values can be true at once: overlapping ranges, or dates that match at the coarser granularity.</summary>
    public static bool CanBothHold(ClaimValue a, ClaimValue b)
    {
        if (a.Kind != b.Kind)
        {
            return true;
        }

        return a.Kind switch
        {
            ClaimValueKind.Quantity => a.Quantity.Unit != b.Quantity.Unit || a.Quantity.Range.Overlaps(b.Quantity.Range),
            ClaimValueKind.Date => a.Date.Matches(b.Date),
            _ => a.DateRange.Matches(b.DateRange),
        };
    }
}
