namespace Reconcile.Text;

/// <summary>A figure found in a sentence: its tokens (hedge and unit included) and its value.</summary>
/// <param name="First">The first token (the hedge, the currency sign or the number).</param>
/// <param name="Last">The last token of the figure and its unit.</param>
/// <param name="Quantity">The value.</param>
/// <param name="CompoundWord">The token index of the word of an adjectival compound ("page" in "29-page"), or -1.</param>
/// <param name="Relative">Whether the figure is counted on top of another ("another 3,000").</param>
internal readonly record struct QuantityMatch(int First, int Last, Quantity Quantity, int CompoundWord, bool Relative);
