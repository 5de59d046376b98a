using System;
using System.Collections.Generic;

namespace Reconcile.Grouping;

/// <summary>Interns normalized context words as small integers, looked up by span so tokens are not copied.</summary>
internal sealed class TermTable
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly List<int> _frequency = [];

    public TermTable() => _lookup = _ids.GetAlternateLookup<ReadOnlySpan<char>>();

    public int Count => _frequency.Count;

    public int GetOrAdd(ReadOnlySpan<char> term)
    {
        if (!_lookup.TryGetValue(term, out int id))
        {
            id = _frequency.Count;
            _lookup[term] = id;
            _frequency.Add(0);
        }

        return id;
    }

    /// <summary>Counts one more sentence that holds the term.</summary>
    public void CountSentence(int id) => _frequency[id]++;

    /// <summary>Inverse sentence frequency: rare words say more about what a claim is about.</summary>
    public float Idf(int id, int sentences) => (float)Math.Log((sentences + 1) / (_frequency[id] + 0.5));
}
