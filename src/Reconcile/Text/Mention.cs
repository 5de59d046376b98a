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

/// <summary>
/// One figure, date or time the scanner found, by character offsets into the document text (token indices
/// are window-local and do not survive the scan).
/// </summary>
/// <param name="Span">Where the words are, hedge and unit included.</param>
/// <param name="Kind">What was found.</param>
/// <param name="Quantity">The figure, for <see cref="MentionKind.Quantity"/>.</param>
/// <param name="CompoundWord">The offset of the noun of an adjectival compound ("page" in "29-page"), or -1.</param>
/// <param name="Relative">Whether the figure is counted on top of another ("another 3,000").</param>
/// <param name="Date">The dated expression, for <see cref="MentionKind.Date"/> (its token indices are window-local).</param>
internal readonly record struct Mention(TextSpan Span, MentionKind Kind, Quantity Quantity, int CompoundWord, bool Relative, DatePhrase Date);
