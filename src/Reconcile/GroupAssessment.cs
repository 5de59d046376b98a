using System;
using System.Collections.Generic;

namespace Reconcile;

/// <summary>What a comparer concludes about one group of claims: the verdict, the discrepancies behind it and a summary.</summary>
/// <threadsafety>Instances are immutable and safe to share between threads.</threadsafety>
public sealed class GroupAssessment
{
    /// <summary>Initializes an assessment.</summary>
    /// <param name="verdict">The group's verdict.</param>
    /// <param name="discrepancies">The discrepancies found, possibly none.</param>
    /// <param name="explanation">A plain-English summary for a reporter.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="explanation"/> is empty.</exception>
    public GroupAssessment(Verdict verdict, IReadOnlyList<Discrepancy> discrepancies, string explanation)
    {
        ArgumentNullException.ThrowIfNull(discrepancies);
        ArgumentException.ThrowIfNullOrWhiteSpace(explanation);
        Verdict = verdict;
        Discrepancies = [.. discrepancies];
        Explanation = explanation;
    }

    /// <summary>Gets the group's verdict.</summary>
    public Verdict Verdict { get; }

    /// <summary>Gets the discrepancies found.</summary>
    public IReadOnlyList<Discrepancy> Discrepancies { get; }

    /// <summary>Gets a plain-English summary for a reporter.</summary>
    public string Explanation { get; }
}
