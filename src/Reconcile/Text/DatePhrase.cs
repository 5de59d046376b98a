namespace Reconcile.Text;

/// <summary>How a dated expression relates to its date.</summary>
internal enum DateRole : byte
{
    /// <summary>"in March 2024", "on Thursday": the date itself.</summary>
    Point,

    /// <summary>"since 2009": from the date on.</summary>
    Since,

    /// <summary>"until March 2024": up to the date.</summary>
    Until,

    /// <summary>"between 1 January 2024 and 30 April 2025": from one date to another.</summary>
    Range,
}

/// <summary>A dated expression found in a sentence, resolved against the publication date where it can be.</summary>
/// <param name="First">The first token, the preposition included.</param>
/// <param name="Last">The last token.</param>
/// <param name="Role">How the expression relates to its dates.</param>
/// <param name="Start">The (first) date when resolved.</param>
/// <param name="End">The second date of a range when resolved.</param>
/// <param name="Resolved">Whether every date in the expression was placed on the calendar.</param>
/// <param name="Expression">Normalized words, to match unresolved expressions with each other.</param>
/// <param name="PartialMonth">The month of a yearless, unresolved date ("since October"), or 0.</param>
/// <param name="DayLevel">Whether the expression names a single day ("on Thursday", "May 29"), resolved or not.</param>
internal readonly record struct DatePhrase(int First, int Last, DateRole Role, DateValue Start, DateValue End, bool Resolved, string Expression, int PartialMonth, bool DayLevel);
