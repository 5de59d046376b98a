namespace Reconcile;

/// <summary>How precisely a date was written. "2009" is a year, "March 2024" a month, "29 May 2025" a day.</summary>
public enum DateGranularity
{
    /// <summary>A calendar day.</summary>
    Day = 0,

    /// <summary>A calendar month.</summary>
    Month = 1,

    /// <summary>A calendar year.</summary>
    Year = 2,
}
