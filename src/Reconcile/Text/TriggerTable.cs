using System;
using System.Collections.Generic;

namespace Reconcile.Text;

/// <summary>
/// An open-addressing set of the hashes of the trigger words, so the scanner can test each word it passes with one
/// multiply per letter and one probe, and verify against the lexicon only on a hit. Immutable once built.
/// </summary>
internal sealed class TriggerTable
{
    private const ulong Seed = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    private readonly ulong[] _slots;
    private readonly int _mask;

    public TriggerTable(IEnumerable<string> words)
    {
        var hashes = new List<ulong>();
        foreach (string word in words)
        {
            hashes.Add(Hash(word));
        }

        int size = 64;
        while (size < hashes.Count * 4)
        {
            size *= 2;
        }

        _slots = new ulong[size];
        _mask = size - 1;
        foreach (ulong h in hashes)
        {
            int i = Slot(h);
            while (_slots[i] != 0 && _slots[i] != h)
            {
                i = (i + 1) & _mask;
            }

            _slots[i] = h;
        }
    }

    /// <summary>The hash before any letter.</summary>
    public static ulong Start => Seed;

    /// <summary>Adds one ASCII letter, case-insensitively.</summary>
    public static ulong Add(ulong hash, char letter) => unchecked((hash ^ (uint)(letter | 0x20)) * Prime);

    /// <summary>Whether a word with this hash may be a trigger (a hit still needs checking against the lexicon).</summary>
    public bool MayContain(ulong hash)
    {
        if (hash == 0)
        {
            return false;
        }

        int i = Slot(hash);
        while (true)
        {
            ulong slot = _slots[i];
            if (slot == hash)
            {
                return true;
            }

            if (slot == 0)
            {
                return false;
            }

            i = (i + 1) & _mask;
        }
    }

    private static ulong Hash(ReadOnlySpan<char> word)
    {
        ulong h = Seed;
        foreach (char c in word)
        {
            h = Add(h, c);
        }

        return h;
    }

    private int Slot(ulong hash) => unchecked((int)((hash * 0x9E3779B97F4A7C15UL) >> 40)) & _mask;
}
