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

    /// <summary>The longest word the shape filter knows; longer words are always hashed.</summary>
    private const int MaxShapeLength = 15;

    private readonly ulong[] _slots;
    private readonly int _mask;

    /// <summary>
    /// One bit per (length, first letter, last letter) of a trigger word, case-folded: most words of a text have no
    /// trigger's shape ("the", "and", "said"), so they are passed over without hashing their letters.
    /// </summary>
    private readonly uint[] _shapes = new uint[(MaxShapeLength + 1) * 26];

    public TriggerTable(IEnumerable<string> words)
    {
        var hashes = new List<ulong>();
        foreach (string word in words)
        {
            hashes.Add(Hash(word));
            if (word.Length <= MaxShapeLength && char.IsAsciiLetter(word[0]) && char.IsAsciiLetter(word[^1]))
            {
                _shapes[(word.Length * 26) + Letter(word[0])] |= 1u << Letter(word[^1]);
            }
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

    /// <summary>Whether an ASCII word of letters only may be a trigger word, by its length and first and last letters.</summary>
    public bool MayHaveShape(ReadOnlySpan<char> word)
        => word.Length > MaxShapeLength || (_shapes[(word.Length * 26) + Letter(word[0])] & (1u << Letter(word[^1]))) != 0;

    /// <summary>Whether an ASCII word of letters only is, by its hash, probably a trigger word.</summary>
    public bool MayContain(ReadOnlySpan<char> word) => MayContain(Hash(word));

    private static int Letter(char c) => (c | 0x20) - 'a';

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
