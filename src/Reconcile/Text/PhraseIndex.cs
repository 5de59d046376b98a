using System;
using System.Collections.Generic;

namespace Reconcile.Text;

/// <summary>
/// Phrases of a table (hedges, unit phrases) indexed by one of their words, longest first, so a grammar tries only
/// the few phrases that can match next to a figure instead of the whole table.
/// </summary>
/// <typeparam name="T">What each phrase means.</typeparam>
internal sealed class PhraseIndex<T>
{
    private static readonly (string[] Words, T Value)[] None = [];
    private readonly Lexicon<(string[] Words, T Value)[]> _byWord;

    /// <param name="phrases">The phrases, split into words.</param>
    /// <param name="byLastWord">Index by the last word (phrases matched backwards from a figure) or by the first.</param>
    public PhraseIndex(IEnumerable<(string[] Words, T Value)> phrases, bool byLastWord)
    {
        var groups = new Dictionary<string, List<(string[], T)>>(StringComparer.OrdinalIgnoreCase);
        foreach ((string[] words, T value) in phrases)
        {
            string key = byLastWord ? words[^1] : words[0];
            if (!groups.TryGetValue(key, out List<(string[], T)>? list))
            {
                groups[key] = list = [];
            }

            list.Add((words, value));
        }

        var entries = new Dictionary<string, (string[] Words, T Value)[]>(StringComparer.OrdinalIgnoreCase);
        foreach ((string key, List<(string[] Words, T Value)> list) in groups)
        {
            list.Sort(static (a, b) => b.Words.Length.CompareTo(a.Words.Length));
            entries[key] = [.. list];
        }

        _byWord = new Lexicon<(string[] Words, T Value)[]>(entries);
    }

    /// <summary>The phrases whose indexing word is <paramref name="word"/>, longest first.</summary>
    public (string[] Words, T Value)[] For(ReadOnlySpan<char> word) => _byWord.TryGet(word, out (string[] Words, T Value)[] found) ? found : None;

    /// <summary>The longest phrase ending just before token <paramref name="end"/>: its first token and meaning, or -1.</summary>
    public int MatchBefore(TokenStream s, int end, out T value)
    {
        value = default!;
        if (!s.InRange(end - 1) || s.IsNumber(end - 1))
        {
            return -1;
        }

        foreach ((string[] words, T v) in For(s.Span(end - 1)))
        {
            int first = s.MatchBefore(end, words);
            if (first >= 0)
            {
                value = v;
                return first;
            }
        }

        return -1;
    }

    /// <summary>The longest phrase starting at token <paramref name="start"/>: its last token and meaning, or -1.</summary>
    public int MatchAt(TokenStream s, int start, out T value)
    {
        value = default!;
        if (!s.InRange(start) || s.IsNumber(start))
        {
            return -1;
        }

        foreach ((string[] words, T v) in For(s.Span(start)))
        {
            int last = s.MatchAt(start, words);
            if (last >= 0)
            {
                value = v;
                return last;
            }
        }

        return -1;
    }
}
