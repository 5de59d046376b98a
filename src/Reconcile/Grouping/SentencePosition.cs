using System;
using Reconcile.Comparison;

namespace Reconcile.Grouping;

/// <summary>
/// A claim's sentence: its distinct words and the values of all the claims in it. Two copies of one sentence
/// (most words shared) state the same figures; a claim is then the same fact as the claim with its own value
/// in the other copy, never as a different figure of that sentence ("completed in 1987 and reinforced in 2015").
/// </summary>
internal sealed record SentencePosition(int[] Terms, ClaimValue[] Values)
{
    private const double TwinOverlap = 0.7;

    public static bool Misaligned(SentencePosition a, ClaimValue va, SentencePosition b, ClaimValue vb)
    {
        if (ValueComparison.SameValue(va, vb))
        {
            return false;
        }

        // An edit that changes a figure ("more than" to "nearly") leaves no twin of it: those may still pair.
        bool aHasTwin = Array.Exists(b.Values, v => ValueComparison.SameValue(v, va));
        bool bHasTwin = Array.Exists(a.Values, v => ValueComparison.SameValue(v, vb));
        return (aHasTwin || bHasTwin) && Overlap(a.Terms, b.Terms) >= TwinOverlap;
    }

    private static double Overlap(int[] x, int[] y)
    {
        if (x.Length == 0 || y.Length == 0)
        {
            return 0;
        }

        int i = 0, j = 0, shared = 0;
        while (i < x.Length && j < y.Length)
        {
            if (x[i] == y[j])
            {
                shared++;
                i++;
                j++;
            }
            else if (x[i] < y[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return (double)shared / Math.Min(x.Length, y.Length);
    }
}
