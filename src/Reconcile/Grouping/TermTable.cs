using System;
using System.Collections.Generic;

namespace Reconcile.Grouping;

/// <summary>Interns normalized context words as small integers, looked up by span so tokens are not copied.</summary>
internal sealed class TermTable
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly List<string> _terms = [];
    private readonly List<int> _frequency = [];

    // Each word as read (before normalizing) with its term's id, or -1 when it is no term.
    private readonly Dictionary<string, int> _words = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _wordLookup;

    public TermTable()
    {
        _lookup = _ids.GetAlternateLookup<ReadOnlySpan<char>>();
        _wordLookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int Count => _frequency.Count;

    /// <summary>The term with an id.</summary>
    public string this[int id] => _terms[id];

    public int GetOrAdd(ReadOnlySpan<char> term)
    {
        if (!_lookup.TryGetValue(term, out int id))
        {
            id = Add(term.ToString());
        }

        return id;
    }

    /// <summary>The term id noted for a word as read (see <see cref="AddWord"/>): -1 when it is no term.</summary>
    public bool TryGetWord(ReadOnlySpan<char> word, out int id) => _wordLookup.TryGetValue(word, out id);

    /// <summary>
    /// Notes the term id of a word as read (-1 when it is no term), so that the next time the word is read it is
    /// neither normalized nor looked up again. A word that is its own term shares the term's string.
    /// </summary>
    public void AddWord(ReadOnlySpan<char> word, int id)
    {
        string key = id >= 0 && word.SequenceEqual(_terms[id]) ? _terms[id] : word.ToString();
        _words[key] = id;
    }

    /// <summary>The id of a term another table read, without copying it again.</summary>
    public int GetOrAdd(string term) => _ids.TryGetValue(term, out int id) ? id : Add(term);

    /// <summary>Forgets every term, keeping the room they took.</summary>
    public void Clear()
    {
        _ids.Clear();
        _words.Clear();
        _terms.Clear();
        _frequency.Clear();
    }

    /// <summary>Counts one more sentence that holds the term.</summary>
    public void CountSentence(int id) => _frequency[id]++;

    private int Add(string term)
    {
        int id = _frequency.Count;
        _ids[term] = id;
        _terms.Add(term);
        _frequency.Add(0);
        return id;
    }

    /// <summary>Inverse sentence frequency: rare words say more about what a claim is about.</summary>
    public float Idf(int id, int sentences) => (float)Math.Log((sentences + 1) / (_frequency[id] + 0.5));
}
