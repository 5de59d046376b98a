using System;
using System.Collections.Frozen;
using System.Collections.Generic;

namespace Reconcile.Text;

/// <summary>
/// A frozen, case-insensitive word table that can be looked up with a span, so scanning allocates nothing. Most
/// lookups miss, so a 256-bit filter on each word's length and first and last letters rejects almost all misses
/// before the dictionary is hashed.
/// </summary>
/// <typeparam name="TValue">What each word maps to.</typeparam>
internal sealed class Lexicon<TValue>
{
    private readonly FrozenDictionary<string, TValue> _entries;
    private readonly FrozenDictionary<string, TValue>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly ulong _filter0;
    private readonly ulong _filter1;
    private readonly ulong _filter2;
    private readonly ulong _filter3;

    public Lexicon(IEnumerable<KeyValuePair<string, TValue>> entries)
    {
        _entries = entries.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        _lookup = _entries.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<ulong> filter = stackalloc ulong[4];
        foreach (string key in _entries.Keys)
        {
            int bit = FilterBit(key);
            filter[bit >> 6] |= 1UL << (bit & 63);
        }

        _filter0 = filter[0];
        _filter1 = filter[1];
        _filter2 = filter[2];
        _filter3 = filter[3];
    }

    public int Count => _entries.Count;

    /// <summary>Gets every word of the table, for building search tables such as <see cref="TriggerWords"/>.</summary>
    public IEnumerable<string> Words => _entries.Keys;

    public bool TryGet(ReadOnlySpan<char> word, out TValue value)
    {
        if (!MayContain(word))
        {
            value = default!;
            return false;
        }

        return _lookup.TryGetValue(word, out value!);
    }

    public bool Contains(ReadOnlySpan<char> word) => MayContain(word) && _lookup.ContainsKey(word);

    private static int FilterBit(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty)
        {
            return 0;
        }

        uint first = Upper(word[0]);
        uint last = Upper(word[^1]);
        return (int)(((uint)word.Length * 31) + (first * 7) + (last * 3)) & 255;
    }

    /// <summary>Upper case as <see cref="StringComparer.OrdinalIgnoreCase"/> folds it, with a fast path for ASCII.</summary>
    private static uint Upper(char c) => char.IsAsciiLetterLower(c) ? (uint)(c - 32) : c < 128 ? c : char.ToUpperInvariant(c);

    private bool MayContain(ReadOnlySpan<char> word)
    {
        int bit = FilterBit(word);
        ulong bits = (bit >> 6) switch
        {
            0 => _filter0,
            1 => _filter1,
            2 => _filter2,
            _ => _filter3,
        };
        return (bits & (1UL << (bit & 63))) != 0;
    }
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
