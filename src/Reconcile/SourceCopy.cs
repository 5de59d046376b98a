namespace Reconcile;

/// <summary>
/// Two sources that republish one story: their texts share long passages word for word, so their agreement
/// is one witness, not two.
/// </summary>
/// <param name="FirstSourceId">The id of one source (the first in ordinal order).</param>
/// <param name="SecondSourceId">The id of the other source.</param>
/// <param name="SharedFraction">The share of the shorter article's eight-word passages that also stand in the other, 0 to 1.</param>
public sealed record SourceCopy(string FirstSourceId, string SecondSourceId, double SharedFraction);
