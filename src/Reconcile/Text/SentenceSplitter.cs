using System;
using System.Collections.Generic;
using System.Threading;

namespace Reconcile.Text;

/// <summary>
/// Splits paragraphs into sentences at a full stop, question or exclamation mark (and any closing quotes)
/// followed by white space and a capital, a digit or a quote, except after a known abbreviation or an initial.
/// </summary>
internal static class SentenceSplitter
{
    private static readonly Lexicon<bool> Abbreviations = Lexicon.Set(
        "mr", "mrs", "ms", "dr", "st", "gen", "sen", "rep", "gov", "lt", "col", "sgt", "capt", "cmdr", "adm",
        "maj", "prof", "rev", "jr", "sr", "inc", "corp", "ltd", "co", "vs", "etc", "jan", "feb", "aug",
        "sept", "sep", "oct", "nov", "dec", "u.s", "u.n", "u.k", "e.g", "i.e", "a.m", "p.m", "approx", "est",
        "dept", "univ", "mt", "ft", "pres", "gov't");

    // Abbreviations that only stand before a number: "No. 10", "Vol. 2". Elsewhere "no." ends a sentence.
    private static readonly Lexicon<bool> NumberAbbreviations = Lexicon.Set("no", "nos", "vol", "fig", "art", "pp");

    public static IReadOnlyList<TextSpan> Split(string text, IReadOnlyList<TextSpan> paragraphs, CancellationToken cancellationToken = default)
    {
        var sentences = new List<TextSpan>();
        foreach (TextSpan paragraph in paragraphs)
        {
            SplitParagraph(text, paragraph, sentences, cancellationToken);
        }

        return sentences;
    }

    /// <summary>
    /// The longest sentence kept whole. News sentences stay far below it (the longest in the samples and the
    /// evaluation set is 337 characters); a longer run without a sentence end (a 10 MB line, a table flattened
    /// into one line) is cut at white space, so that the work per sentence, and per claim in it, stays bounded.
    /// </summary>
    internal const int MaxSentenceLength = 1000;

    private const int CancellationInterval = 1 << 16;

    private static void SplitParagraph(string text, TextSpan paragraph, List<TextSpan> sentences, CancellationToken cancellationToken)
    {
        int start = SkipSpace(text, paragraph.Start, paragraph.End);
        int i = start;
        int steps = 0;
        while (i < paragraph.End)
        {
            // A paragraph may be megabytes on one line: look at the token now and then, not once per character.
            if (++steps % CancellationInterval == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (i - start >= MaxSentenceLength)
            {
                int cut = CutPoint(text, start, i);
                Add(text, start, cut, sentences);
                start = SkipSpace(text, cut, paragraph.End);
                i = start;
                continue;
            }

            char c = text[i];
            if (c is '.' or '!' or '?')
            {
                int end = i + 1;
                while (end < paragraph.End && text[end] is '.' or '!' or '?' or '"' or '\'' or '’' or '”' or ')')
                {
                    end++;
                }

                if (IsBoundary(text, start, i, end, paragraph.End))
                {
                    Add(text, start, end, sentences);
                    start = SkipSpace(text, end, paragraph.End);
                    i = start;
                    continue;
                }

                i = end;
                continue;
            }

            i++;
        }

        Add(text, start, paragraph.End, sentences);
    }

    private static bool IsBoundary(string text, int sentenceStart, int mark, int end, int limit)
    {
        if (end >= limit || !char.IsWhiteSpace(text[end]))
        {
            return false;
        }

        int next = SkipSpace(text, end, limit);
        if (next >= limit)
        {
            return false;
        }

        char n = text[next];
        if (!(char.IsUpper(n) || char.IsAsciiDigit(n) || n is '"' or '\'' or '‘' or '“' or '(' or '['))
        {
            return false;
        }

        if (text[mark] != '.')
        {
            return true;
        }

        // The word before the full stop: an abbreviation or a single initial does not end a sentence.
        int wordStart = mark;
        while (wordStart > sentenceStart && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.'))
        {
            wordStart--;
        }

        ReadOnlySpan<char> word = text.AsSpan(wordStart, mark - wordStart);
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return false;
        }

        if (NumberAbbreviations.Contains(word))
        {
            return !char.IsAsciiDigit(n);
        }

        return word.Length == 0 || !Abbreviations.Contains(word);
    }

    private static void Add(string text, int start, int end, List<TextSpan> sentences)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            sentences.Add(TextSpan.FromBounds(start, end));
        }
    }

    // Where to cut an overlong sentence: in the second half of the run, the last white space after a comma or
    // semicolon; else the last white space with no digit in the next 24 characters, so that a figure keeps the
    // words before it ("more than 11,000"); else the last white space; else the end of the run (never inside a
    // surrogate pair).
    private static int CutPoint(string text, int start, int end)
    {
        const int FigureReach = 24;
        int half = start + ((end - start) / 2);
        int nextDigit = int.MaxValue;
        for (int j = Math.Min(end + FigureReach, text.Length) - 1; j > end; j--)
        {
            nextDigit = char.IsAsciiDigit(text[j]) ? j : nextDigit;
        }

        int beforeWords = -1, anySpace = -1;
        for (int k = end; k > half + 1; k--)
        {
            nextDigit = char.IsAsciiDigit(text[k]) ? k : nextDigit;
            if (!char.IsWhiteSpace(text[k - 1]) || char.IsWhiteSpace(text[k - 2]))
            {
                continue;
            }

            if (text[k - 2] is ',' or ';')
            {
                return k;
            }

            if (beforeWords < 0 && nextDigit - k > FigureReach)
            {
                beforeWords = k;
            }

            anySpace = anySpace < 0 ? k : anySpace;
        }

        if (beforeWords >= 0 || anySpace >= 0)
        {
            return beforeWords >= 0 ? beforeWords : anySpace;
        }

        return char.IsLowSurrogate(text[end]) && char.IsHighSurrogate(text[end - 1]) ? end - 1 : end;
    }

    private static int SkipSpace(string text, int i, int limit)
    {
        while (i < limit && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }
}
