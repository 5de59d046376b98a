namespace Reconcile.Truth;

/// <summary>One claim of a fact as its explanation sees it: who, what, how reliable, and how it stands to the best value.</summary>
/// <param name="SourceId">The source's id.</param>
/// <param name="Value">The value it states.</param>
/// <param name="Reliability">The source's estimated reliability.</param>
/// <param name="Support">The share of support its value lends the best value (1 when equal, 0 when it contradicts it).</param>
/// <param name="IsBest">Whether it states the best value itself.</param>
/// <param name="IsDiscounted">Whether its vote was discounted as a copy of another source's.</param>
internal sealed record ClaimView(string SourceId, TruthValue Value, double Reliability, double Support, bool IsBest, bool IsDiscounted);
