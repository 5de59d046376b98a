using System;

namespace Reconcile.Truth;

/// <summary>How reliable the truth model finds one source, across every fact it states.</summary>
/// <threadsafety>Instances are immutable and safe to share between threads.</threadsafety>
internal sealed class SourceEstimate
{
    /// <summary>Initializes an estimate.</summary>
    /// <param name="sourceId">The source's id.</param>
    /// <param name="reliability">The estimated probability that a value it states is right, 0 to 1.</param>
    /// <param name="claimCount">How many facts it states a value for.</param>
    /// <param name="prior">The reliability a user set for it, or <see langword="null"/>.</param>
    /// <param name="explanation">How the estimate was reached, in plain English.</param>
    /// <exception cref="ArgumentException"><paramref name="sourceId"/> is empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="explanation"/> is <see langword="null"/>.</exception>
    public SourceEstimate(string sourceId, double reliability, int claimCount, double? prior, string explanation)
    {
        ArgumentException.ThrowIfNullOrEmpty(sourceId);
        ArgumentNullException.ThrowIfNull(explanation);
        SourceId = sourceId;
        Reliability = reliability;
        ClaimCount = claimCount;
        Prior = prior;
        Explanation = explanation;
    }

    /// <summary>Gets the source's id.</summary>
    public string SourceId { get; }

    /// <summary>Gets the estimated probability that a value the source states is right.</summary>
    public double Reliability { get; }

    /// <summary>Gets how many facts the source states a value for.</summary>
    public int ClaimCount { get; }

    /// <summary>Gets the reliability a user set for the source, or <see langword="null"/>.</summary>
    public double? Prior { get; }

    /// <summary>Gets how the estimate was reached.</summary>
    public string Explanation { get; }

    /// <summary>Returns the id and the reliability.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => FormattableString.Invariant($"{SourceId}: {Reliability:0.000} over {ClaimCount} claims");
}
