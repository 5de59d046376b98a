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

    private static bool TryMagnitude(in ClaimValue value, out double magnitude)
    {
        switch (value.Kind)
        {
            case ClaimValueKind.Quantity:
                Quantity q = value.Quantity;
                magnitude = Math.Abs(q.Hedge == Hedge.Between ? (q.Value + q.High) / 2 : q.Value);
                return true;
            case ClaimValueKind.Members:
                magnitude = value.Members.Count;
                return true;
            default:
                magnitude = 0;
                return false;
        }
    }

    private static bool CountIs(Quantity quantity, int count)
        => quantity.Unit.Dimension == UnitDimension.Count && quantity.Range == NumericRange.Exactly(count);
}
