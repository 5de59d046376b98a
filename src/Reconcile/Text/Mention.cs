namespace Reconcile.Text;

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
