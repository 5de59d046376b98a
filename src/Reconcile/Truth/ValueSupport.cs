using System;
using System.Collections.Generic;

namespace Reconcile.Truth;

/// <summary>
/// How much a stated value lends to another candidate value for the same fact (TruthFinder's "implication"):
/// an equal value lends all of its weight; a near number, a value the claim contains or lies in, or an
/// overlapping list of names lends part of it; a value that contradicts it lends nothing.
/// </summary>
internal static class ValueSupport
{
    /// <summary>The share of a claim's weight that goes to a candidate, 0 to 1.</summary>
    /// <param name="claim">The value a source stated.</param>
    /// <param name="candidate">The candidate value for the fact.</param>
    /// <param name="options">The weights of partial support.</param>
    /// <returns>1 for equal values, a partial share for related ones, 0 otherwise.</returns>
    public static double Of(TruthValue claim, TruthValue candidate, TruthOptions options)
    {
        if (claim.Equals(candidate))
        {
            return 1;
        }

        if (claim.Kind != candidate.Kind)
        {
            return 0;
        }

        return claim.Kind switch
        {
            TruthValueKind.Number => Numbers(claim, candidate, options),
            TruthValueKind.Set => options.ImplicationWeight * Jaccard(claim.Members, candidate.Members),
            _ => 0,
        };
    }

    private static double Numbers(TruthValue claim, TruthValue candidate, TruthOptions options)
    {
        if (!string.Equals(claim.Dimension, candidate.Dimension, StringComparison.Ordinal))
        {
            return 0;
        }

        NumericRange a = claim.Range, b = candidate.Range;
        if (a.IsPoint && b.IsPoint)
        {
            // Two exact numbers: support decays with distance ("478,404" backs "478,403"; "4,784,030" does not).
            Closeness closeness = candidate.Closeness.IsNone ? claim.Closeness : candidate.Closeness;
            return options.ImplicationWeight * closeness.Of(claim.Point, candidate.Point);
        }

        // A hedge and a value it allows are consistent: "at least 100" backs "120" and "120" backs "at least 100".
        // Neither implies the other fully, so the more specific value wins a tie (TruthValue's order).
        if (a.Contains(b) || b.Contains(a))
        {
            return options.ContainmentSupport;
        }

        // Disjoint hedges contradict each other ("more than 11,000" and "nearly 11,000"), however near their figures.
        return a.Overlaps(b) ? options.OverlapSupport : 0;
    }

    private static double Jaccard(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        // Both lists are in ordinal order without duplicates: merge them.
        int i = 0, j = 0, shared = 0;
        while (i < a.Count && j < b.Count)
        {
            int order = string.CompareOrdinal(a[i], b[j]);
            if (order == 0)
            {
                shared++;
                i++;
                j++;
            }
            else if (order < 0)
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        int union = a.Count + b.Count - shared;
        return union == 0 ? 1 : (double)shared / union;
    }
}
