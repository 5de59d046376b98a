using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using Reconcile.Text;

namespace Reconcile.Grouping;

/// <summary>
/// The items of roundups: newsletters and digests that cover several stories in one text, each item led by a
/// capitalised kicker that names its subject ("HALDEN SYSTEMS. The network-switch maker said…", "OSTRA PHARMA.
/// Shares rose…"). A claim in such an item is about the kicker's subject, and an outlet that never names that
/// subject is not reporting the same fact, however alike the sentences ("reported revenue of $4.2 billion for 2024"
/// said of two companies).
/// </summary>
/// <remarks>
/// <para>
/// A kicker is a run of one to five words in capitals at the start of a line, ended by a full stop or a colon and
/// followed on the same line by a sentence. Its subject is the kicker's words of three letters or more that the
/// same text also writes as a name elsewhere ("Halden", not "HALDEN" and not "oil"), so editorial labels
/// ("UPDATE:", "ANALYSIS:") and common nouns ("OIL.") name no subject. A text is a roundup only when at least
/// two of its kickers name a subject: a dateline ("NEW DELHI: The government…") opens one article, not a digest.
/// An item runs from its kicker to the next kicker line.
/// </para>
/// <para>
/// Nothing is read when no text is a roundup, which is almost always: the grouper then pays one pass over each
/// text's line starts.
/// </para>
/// </remarks>
internal sealed class RoundupItems
{
    private const int MaxKickerWords = 5;
    private const int MinSubjectWordLength = 3;

    private readonly string[] _texts;
    private readonly List<string[]> _subjects;

    // Per text, its items' starts and subjects (-1 for an item whose kicker names none), in text order.
    private readonly (int Start, int Subject)[]?[] _items;

    // Whether a text names a subject, worked out when a pair first asks.
    private readonly ConcurrentDictionary<(int Subject, int Text), bool> _named = new();

    private RoundupItems(string[] texts, List<string[]> subjects, (int Start, int Subject)[]?[] items)
    {
        _texts = texts;
        _subjects = subjects;
        _items = items;
    }

    /// <summary>Finds the roundups among the texts; null when there is none.</summary>
    public static RoundupItems? Find(string[] texts)
    {
        (int Start, int Subject)[]?[]? items = null;
        var subjects = new List<string[]>();
        var kickers = new List<(int Start, int End)>();
        var words = new List<string>();
        for (int t = 0; t < texts.Length; t++)
        {
            string text = texts[t];
            kickers.Clear();
            for (int line = 0; line < text.Length; )
            {
                int end = Kicker(text, line);
                if (end > 0)
                {
                    kickers.Add((line, end));
                }

                int next = text.IndexOf('\n', line);
                line = next < 0 ? text.Length : next + 1;
            }

            if (kickers.Count < 2)
            {
                continue;
            }

            var found = new (int Start, int Subject)[kickers.Count];
            int named = 0;
            int firstSubject = subjects.Count;
            for (int k = 0; k < kickers.Count; k++)
            {
                words.Clear();
                (int start, int end) = kickers[k];
                ReadOnlySpan<char> kicker = text.AsSpan(start, end - start);
                foreach (Range range in kicker.SplitAny(" &-'"))
                {
                    ReadOnlySpan<char> word = kicker[range];
                    if (word.Length >= MinSubjectWordLength && !FunctionWords.Stop.Contains(word) && WrittenAsName(text, word))
                    {
                        words.Add(word.ToString().ToLowerInvariant());
                    }
                }

                found[k] = (start, words.Count == 0 ? -1 : subjects.Count);
                if (words.Count > 0)
                {
                    subjects.Add([.. words]);
                    named++;
                }
            }

            if (named < 2)
            {
                subjects.RemoveRange(firstSubject, subjects.Count - firstSubject);
                continue;
            }

            (items ??= new (int, int)[]?[texts.Length])[t] = found;
        }

        return items is null ? null : new RoundupItems(texts, subjects, items);
    }

    /// <summary>The subject of the roundup item holding <paramref name="position"/> of a text; -1 for none.</summary>
    public int SubjectAt(int text, int position)
    {
        if (_items[text] is not { } items)
        {
            return -1;
        }

        int subject = -1;
        foreach ((int start, int s) in items)
        {
            if (start > position)
            {
                break;
            }

            subject = s;
        }

        return subject;
    }

    /// <summary>
    /// Whether two claims may state one fact as far as roundups tell: each claim's subject, if it has one, is
    /// named in the other claim's text.
    /// </summary>
    public bool Allows(int subjectA, int textA, int subjectB, int textB)
        => (subjectA < 0 || Names(textB, subjectA)) && (subjectB < 0 || Names(textA, subjectB));

    private bool Names(int text, int subject)
        => _named.GetOrAdd((subject, text), static (key, self) => self.Contains(key.Text, key.Subject), this);

    private bool Contains(int text, int subject)
    {
        foreach (string word in _subjects[subject])
        {
            if (IndexOfWord(_texts[text], word, StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    // The end of the kicker that opens the line at `start` (before its full stop or colon), or 0 when it has none.
    private static int Kicker(string text, int start)
    {
        int i = start;
        int words = 0;
        while (i < text.Length && words < MaxKickerWords)
        {
            int wordStart = i;
            int letters = 0;
            while (i < text.Length && (char.IsAsciiLetterUpper(text[i]) || text[i] is '&' or '-' or '\'' || char.IsAsciiDigit(text[i])))
            {
                letters += char.IsAsciiLetterUpper(text[i]) ? 1 : 0;
                i++;
            }

            if (letters < 2 || (i < text.Length && char.IsLetter(text[i])))
            {
                return 0; // not a word in capitals
            }

            words++;
            if (i + 2 < text.Length && text[i] is '.' or ':' && text[i + 1] == ' ' && char.IsUpper(text[i + 2]) && i > wordStart)
            {
                return i;
            }

            if (i >= text.Length || text[i] != ' ')
            {
                return 0;
            }

            i++;
        }

        return 0;
    }

    // Whether the text writes the word in capitals elsewhere as a name: capital first, small letters after.
    private static bool WrittenAsName(string text, ReadOnlySpan<char> word)
    {
        Span<char> name = stackalloc char[word.Length];
        name[0] = word[0];
        for (int k = 1; k < word.Length; k++)
        {
            name[k] = char.ToLowerInvariant(word[k]);
        }

        return IndexOfWord(text, name, StringComparison.Ordinal) >= 0;
    }

    private static int IndexOfWord(string text, ReadOnlySpan<char> word, StringComparison comparison)
    {
        int from = 0;
        while (from < text.Length)
        {
            int at = text.AsSpan(from).IndexOf(word, comparison);
            if (at < 0)
            {
                return -1;
            }

            at += from;
            int end = at + word.Length;
            if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end])))
            {
                return at;
            }

            from = at + 1;
        }

        return -1;
    }
}
