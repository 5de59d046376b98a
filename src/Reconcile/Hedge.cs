namespace Reconcile;

/// <summary>
/// How a source qualifies a figure: the words before or after a number that turn it into a bound.
/// Each hedge has one documented meaning as a <see cref="NumericRange"/>; the words that map to each
/// are listed in <c>Text/HedgeWords.cs</c> and in <c>docs/concepts.md</c>.
/// </summary>
/// <remarks>In the ranges below, <c>N</c> is the figure as written and <c>s</c> the step it was rounded to
/// (1,000 for "11,000"; 0 when the figure is exact).</remarks>
public enum Hedge
{
    /// <summary>A bare figure: exactly <c>N</c>, or <c>[N - s/2, N + s/2)</c> when the figure is round ("11,000", "nine million"): the values that round to it, so "3,000" and "2,000" do not meet at 2,500.</summary>
    None = 0,

    /// <summary>"more than", "over", "above", "exceeding", "in excess of", "upwards of": <c>(N, ∞)</c>.</summary>
    MoreThan,

    /// <summary>"well over", "well above": <c>(N, ∞)</c>, with the emphasis kept for explanations.</summary>
    WellOver,

    /// <summary>"at least", "no fewer than", "no less than", "N or more": <c>[N, ∞)</c>.</summary>
    AtLeast,

    /// <summary>"nearly", "almost", "just under", "close to": just below N and never N itself, <c>[N - max(s, N/10), N)</c>.</summary>
    Nearly,

    /// <summary>"about", "around", "approximately", "roughly", "some", "an estimated", "N or so": <c>[N - max(s/2, N/10), N + max(s/2, N/10))</c>, open above like a round figure's band, so "about 2,000" and "3,000" do not meet.</summary>
    About,

    /// <summary>"up to", "as many as": a ceiling that may be reached, <c>(-∞, N]</c>.</summary>
    UpTo,

    /// <summary>"at most", "no more than", "not more than": <c>(-∞, N]</c>.</summary>
    AtMost,

    /// <summary>"less than", "fewer than", "under", "below": <c>(-∞, N)</c>.</summary>
    LessThan,

    /// <summary>"between A and B", "from A to B", "A-B": <c>[A, B]</c>.</summary>
    Between,
}
