using System;
using System.Collections.Frozen;
using System.Collections.Generic;

namespace Reconcile.Text;

/// <summary>
/// A frozen, case-insensitive word table that can be looked up with a span, so scanning allocates nothing.
/// </summary>
/// <typeparam name="TValue">What each word maps to.</typeparam>
internal sealed class Lexicon<TValue>
{
    private readonly FrozenDictionary<string, TValue> _entries;
    private readonly FrozenDictionary<string, TValue>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public Lexicon(IEnumerable<KeyValuePair<string, TValue>> entries)
    {
        _entries = entries.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        _lookup = _entries.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int Count => _entries.Count;

    /// <summary>Gets every word of the table, for building search tables such as <see cref="TriggerWords"/>.</summary>
    public IEnumerable<string> Words => _entries.Keys;

    public bool TryGet(ReadOnlySpan<char> word, out TValue value) => _lookup.TryGetValue(word, out value!);

    public bool Contains(ReadOnlySpan<char> word) => _lookup.ContainsKey(word);
}

/// <summary>Builds word sets from plain lists.</summary>
internal static class Lexicon
{
    public static Lexicon<bool> Set(params string[] words)
    {
        var entries = new Dictionary<string, bool>(StringComparer.OrdinalIgnoreCase);
        foreach (string word in words)
        {
            entries[word] = true;
        }

        return new Lexicon<bool>(entries);
    }
}
