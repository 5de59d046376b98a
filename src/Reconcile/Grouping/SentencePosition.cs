using System;
using System.Collections.Generic;
using System.Threading;
using Reconcile.Comparison;
using Reconcile.Text;

namespace Reconcile.Grouping;

/// <summary>
/// A claim's sentence: its distinct words and the values of all the claims in it. Two copies of one sentence
/// (most words shared) state the same figures; a claim is then the same fact as the claim with its own value
/// in the other copy, never as a different figure of that sentence ("completed in 1987 and reinforced in 2015").
/// Nor does a figure conflict with another outlet's when its own sentence states that outlet's figure as well.
/// </summary>
/// <remarks>
/// The words are read only when a comparison needs them, which is only when one sentence holds a twin of the
/// other's figure: most sentences are never read a second time. They are interned in a table of their own
/// (<see cref="SentenceWords"/>), so reading them late, in any order and on any thread, never changes the ids of
/// the context terms; the overlap of two word sets does not depend on which ids their words have.
/// </remarks>
internal sealed class SentencePosition
{
    private const double TwinOverlap = 0.7;

    private readonly SentenceWords _words;
    private readonly IReadOnlyList<Claim> _claims;
    private readonly int _first;
    private readonly string _text;
    private int[]? _terms;

    /// <summary>A sentence whose claims are <paramref name="count"/> neighbours in <paramref name="claims"/>, from <paramref name="first"/> on.</summary>
    public SentencePosition(SentenceWords words, IReadOnlyList<Claim> claims, int first, int count, string text)
    {
        _words = words;
        _claims = claims;
        _first = first;
        _text = text;
        Count = count;
    }

    /// <summary>The number of claims in the sentence.</summary>
    public int Count { get; }

    /// <summary>The sentence's distinct words, as sorted ids of <see cref="SentenceWords"/>.</summary>
    public int[] Terms => Volatile.Read(ref _terms) ?? Read();

    public static bool Misaligned(SentencePosition a, ClaimValue va, SentencePosition b, ClaimValue vb)
    {
        if (ValueComparison.SameValue(va, vb))
        {
            return false;
        }

        // An edit that changes a figure ("more than" to "nearly") leaves no twin of it: those may still pair.
        bool aHasTwin = b.HasTwin(va);
        bool bHasTwin = a.HasTwin(vb);
        if (!aHasTwin && !bHasTwin)
        {
            return false;
        }

        // Figures that cannot both hold, where one sentence also states the other's figure as another claim: the
        // other outlet's figure is that one ("more than 300 passengers, above its licensed capacity of 250" and
        // "licensed to carry 250 passengers"), not a rival of this one, whatever the rest of the wording.
        return !ValueComparison.CanBothHold(va, vb) || Overlap(a.Terms, b.Terms) >= TwinOverlap;
    }

    // Whether a claim of this sentence states the value.
    private bool HasTwin(ClaimValue value)
    {
        for (int k = _first; k < _first + Count; k++)
        {
            if (ValueComparison.SameValue(_claims[k].Value, value))
            {
                return true;
            }
        }

        return false;
    }

    private int[] Read()
    {
        int[] terms = _words.Read(_text, _claims[_first].Sentence);
        Volatile.Write(ref _terms, terms);
        return terms;
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

/// <summary>
/// Reads the distinct words of sentences for <see cref="SentencePosition"/>, on demand and from any thread, into a
/// term table of its own.
/// </summary>
internal sealed class SentenceWords
{
    private readonly Lock _lock = new();
    private readonly TermTable _table = new();
    private readonly TokenStream _stream = new();
    private readonly TermWeights _scratch = new();

    public int[] Read(string text, TextSpan sentence)
    {
        lock (_lock)
        {
            return ClaimContext.SentenceTerms(text, sentence, _stream, _table, _scratch);
        }
    }
}
