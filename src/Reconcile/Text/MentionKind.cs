namespace Reconcile.Text;

/// <summary>What the scanner found.</summary>
internal enum MentionKind : byte
{
    /// <summary>A figure: a count, an amount of money, a percentage, a measurement.</summary>
    Quantity,

    /// <summary>A date or a period, resolved or not.</summary>
    Date,

    /// <summary>A time of day ("1:39 p.m.", "midnight"): recognized so its digits are not counts, but not a claim (the domain has no time type).</summary>
    Time,
}
