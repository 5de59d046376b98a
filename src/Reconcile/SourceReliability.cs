using System;
using System.Globalization;

namespace Reconcile;

/// <summary>
/// How far a source can be trusted, judged across every fact of a report: the estimated probability that a value it
/// states is right, from how often its values turn out best supported and from any prior a user set for it.
/// </summary>
/// <remarks>
/// <para>A source with few claims stays near the reliability assumed for any source (0.8 by default); one that a
/// user vouched for (a wire agency trusted more) starts from, and in practice keeps, that prior. Sources that
/// republish one story count as one witness, so copying a source does not make either look more reliable.</para>
/// <threadsafety>Instances are immutable and safe to share between threads.</threadsafety>
/// </remarks>
public sealed class SourceReliability
{
    /// <summary>Initializes a reliability, as the truth model does, or when reading a report back.</summary>
    /// <param name="sourceId">The source's id.</param>
    /// <param name="reliability">The estimated probability that a value it states is right, 0 to 1.</param>
    /// <param name="claimCount">How many facts it states a value for, 0 or more.</param>
    /// <param name="explanation">How the estimate was reached, in plain English, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="sourceId"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reliability"/> is not between 0 and 1, or <paramref name="claimCount"/> is negative.</exception>
    public SourceReliability(string sourceId, double reliability, int claimCount, string? explanation = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceId);
        if (!double.IsFinite(reliability) || reliability < 0 || reliability > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(reliability), "A reliability is a probability between 0 and 1.");
        }

        ArgumentOutOfRangeException.ThrowIfNegative(claimCount);
        SourceId = sourceId;
        Reliability = reliability;
        ClaimCount = claimCount;
        Explanation = explanation;
    }

    /// <summary>Gets the source's id.</summary>
    public string SourceId { get; }

    /// <summary>Gets the estimated probability that a value the source states is right, 0 to 1.</summary>
    public double Reliability { get; }

    /// <summary>Gets how many facts the source states a value for.</summary>
    public int ClaimCount { get; }

    /// <summary>Gets how the estimate was reached, in plain English, or <see langword="null"/>.</summary>
    public string? Explanation { get; }

    /// <summary>Returns the id, the reliability and the number of claims.</summary>
    /// <returns>A short description, culture-invariant.</returns>
    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture, $"{SourceId}: reliability {Reliability:0.00} over {ClaimCount} claim{(ClaimCount == 1 ? string.Empty : "s")}");
}
