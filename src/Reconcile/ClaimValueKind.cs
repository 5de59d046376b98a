namespace Reconcile;

/// <summary>Which kind of value a claim states.</summary>
public enum ClaimValueKind
{
    /// <summary>A hedged figure with a unit: "more than 11,000 troops".</summary>
    Quantity = 0,

    /// <summary>A calendar date: "in March 2024", "on Thursday".</summary>
    Date,

    /// <summary>A stretch of time: "since 2009", "between 1 January 2024 and 30 April 2025".</summary>
    DateRange,

    /// <summary>A list of members: "comprised of the US, UK, Australia…".</summary>
    Members,
}
