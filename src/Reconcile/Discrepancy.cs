using System;
using System.Collections.Generic;
using System.Diagnostics;

namespace Reconcile;

/// <summary>
/// Claims within a group that do not line up, with a plain-English explanation a reporter can act on:
/// "000 says more than 11,000; 004 says nearly 11,000: both cannot hold."
/// </summary>
/// <threadsafety>Instances are immutable and safe to share between threads.</threadsafety>
public sealed class Discrepancy
{
    /// <summary>Initializes a discrepancy.</summary>
    /// <param name="kind">Why the claims do not line up.</param>
    /// <param name="claims">The claims involved, at least two.</param>
    /// <param name="explanation">What a reporter should know, in plain English.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Fewer than two claims are given, or the explanation is empty.</exception>
    public Discrepancy(DiscrepancyKind kind, IReadOnlyList<Claim> claims, string explanation)
    {
        ArgumentNullException.ThrowIfNull(claims);
        ArgumentException.ThrowIfNullOrWhiteSpace(explanation);
        if (claims.Count < 2)
        {
            throw new ArgumentException("A discrepancy involves at least two claims.", nameof(claims));
        }

        Kind = kind;
        Claims = [.. claims];
        Explanation = explanation;
    }

    /// <summary>
    /// Initializes a discrepancy between two sides, each with at least one claim: the claims of the first side,
    /// then those of the second, copied once into the discrepancy's own list rather than into a list of both
    /// first and then again.
    /// </summary>
    internal Discrepancy(DiscrepancyKind kind, List<Claim> first, List<Claim> second, string explanation)
    {
        Debug.Assert(first.Count > 0 && second.Count > 0, "Each side has a claim.");
        Debug.Assert(!string.IsNullOrWhiteSpace(explanation), "A discrepancy is explained.");
        Kind = kind;
        Claims = [.. first, .. second];
        Explanation = explanation;
    }

    /// <summary>Gets why the claims do not line up.</summary>
    public DiscrepancyKind Kind { get; }

    /// <summary>Gets the claims involved.</summary>
    public IReadOnlyList<Claim> Claims { get; }

    /// <summary>Gets what a reporter should know, in plain English.</summary>
    public string Explanation { get; }

    /// <summary>Returns the explanation.</summary>
    /// <returns>The explanation.</returns>
    public override string ToString() => Explanation;
}
