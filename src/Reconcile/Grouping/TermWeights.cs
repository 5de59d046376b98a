using System;
using System.Collections.Generic;

namespace Reconcile.Grouping;

/// <summary>
/// The terms of one context as they are read, each with its heaviest weight so far, in the order they were first
/// added: a scratch list reused claim after claim.
/// </summary>
/// <remarks>
/// A context holds a dozen terms or so, and a dictionary per claim hashed each of them twice (find, then add) for a
/// million claims: up to <see cref="IndexedTerms"/> terms a term is found by scanning the ids, which are a few cache
/// lines; beyond that (a long sentence) through an index, so a sentence of thousands of words is not quadratic.
/// Callers sort the terms before using them, so the order they are kept in changes nothing.
/// </remarks>
internal sealed class TermWeights
{
    private const int IndexedTerms = 32;

    private int[] _terms = new int[IndexedTerms];
    private float[] _weights = new float[IndexedTerms];
    private readonly Dictionary<int, int> _index = [];

    /// <summary>Gets the number of distinct terms.</summary>
    public int Count { get; private set; }

    /// <summary>Gets the terms, in the order they were first added.</summary>
    public ReadOnlySpan<int> Terms => _terms.AsSpan(0, Count);

    /// <summary>Gets each term's weight, in the order of <see cref="Terms"/>.</summary>
    public ReadOnlySpan<float> Weights => _weights.AsSpan(0, Count);

    /// <summary>Forgets every term, keeping the room they took.</summary>
    public void Clear()
    {
        Count = 0;
        _index.Clear();
    }

    /// <summary>Adds a term, or raises its weight to <paramref name="weight"/> if that is heavier.</summary>
    public void Add(int term, float weight)
    {
        int at = IndexOf(term);
        if (at >= 0)
        {
            _weights[at] = Math.Max(_weights[at], weight);
            return;
        }

        if (Count == _terms.Length)
        {
            Array.Resize(ref _terms, Count * 2);
            Array.Resize(ref _weights, Count * 2);
        }

        _terms[Count] = term;
        // As a dictionary's new slot, which starts at zero: a weight is never negative, so this is the weight.
        _weights[Count] = Math.Max(0f, weight);
        if (Count >= IndexedTerms)
        {
            if (Count == IndexedTerms)
            {
                for (int k = 0; k < IndexedTerms; k++)
                {
                    _index[_terms[k]] = k;
                }
            }

            _index[term] = Count;
        }

        Count++;
    }

    private int IndexOf(int term)
    {
        if (Count > IndexedTerms)
        {
            return _index.TryGetValue(term, out int at) ? at : -1;
        }

        return _terms.AsSpan(0, Count).IndexOf(term);
    }
}
