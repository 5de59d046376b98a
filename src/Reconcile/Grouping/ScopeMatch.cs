namespace Reconcile.Grouping;

/// <summary>Decides whether two stated periods can belong to one fact.</summary>
internal static class ScopeMatch
{
    /// <summary>
    /// Two periods are the same fact's when either is unstated, when they start in the same unit at the
    /// coarser granularity ("since October 2024" and "in 2024"), or, unresolved, when they are worded alike
    /// ("last year" and "last year") or name the same month ("since October" and "since October 2024").
    /// </summary>
    public static bool Compatible(TimeScope? a, TimeScope? b)
    {
        if (a is null || b is null)
        {
            return true;
        }

        if (a.Range is { } ra && b.Range is { } rb)
        {
            if (ra.Start is { } sa && rb.Start is { } sb)
            {
                return sa.Matches(sb);
            }

            if (ra.End is { } ea && rb.End is { } eb)
            {
                return ea.Matches(eb);
            }

            return ra.Overlaps(rb);
        }

        if (a.Range is null && b.Range is null)
        {
            return string.Equals(a.Expression, b.Expression, System.StringComparison.Ordinal)
                || (a.PartialMonth > 0 && a.PartialMonth == b.PartialMonth);
        }

        (TimeScope resolved, TimeScope open) = a.Range is null ? (b, a) : (a, b);
        if (open.PartialMonth == 0 || resolved.Range!.Value.Start is not { } start)
        {
            return false;
        }

        return start.Granularity == DateGranularity.Year || start.Month == open.PartialMonth;
    }

    /// <summary>Whether two stated periods are worded as the same period.</summary>
    public static bool Same(TimeScope? a, TimeScope? b)
    {
        if (a is null || b is null)
        {
            return true;
        }

        if (a.Range is { } ra && b.Range is { } rb)
        {
            return ra.Equals(rb);
        }

        return string.Equals(a.Expression, b.Expression, System.StringComparison.Ordinal);
    }
}
