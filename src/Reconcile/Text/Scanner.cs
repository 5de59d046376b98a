using System;
using System.Collections.Generic;

namespace Reconcile.Text;

/// <summary>
/// Finds figures, dates and times in a stretch of text without tokenizing all of it: it jumps from trigger to
/// trigger (<see cref="TriggerWords"/>: a vectorized search for digits, currency signs and lexicon words),
/// tokenizes a bounded window around each (a few words back, lazily forward), and runs the date and figure
/// grammars only there. Work per trigger is bounded, so the scan is linear in the text whatever it holds, and it
/// allocates only for what it finds.
/// </summary>
/// <remarks>An instance holds reusable buffers: use one per thread.</remarks>
internal sealed class Scanner
{
    /// <summary>How many words before a trigger a window reaches back ("well in excess of", "between", "the").</summary>
    private const int BackWords = 6;

    /// <summary>How far back, in characters, a window reaches at most.</summary>
    private const int BackChars = 80;

    /// <summary>The most tokens one window reads.</summary>
    private const int MaxTokens = 64;

    private static readonly System.Buffers.SearchValues<char> DigitRun = System.Buffers.SearchValues.Create("0123456789,.");

    private readonly TokenStream _window = new();

    /// <summary>The hedge of the last find of the current scan if it was a hedged single figure, else <see cref="Hedge.None"/>.</summary>
    private Hedge _previousHedge;

    /// <summary>Where the last find of the current scan ends.</summary>
    private int _previousEnd;

    /// <summary>Scans <paramref name="region"/> of <paramref name="text"/> and appends what it finds, in text order.</summary>
    public void Scan(string text, TextSpan region, DateOnly? published, bool resolvePast, List<Mention> found)
    {
        var sink = new ListSink(found);
        Scan(text, region, published, resolvePast, ref sink);
    }

    /// <summary>Scans <paramref name="region"/> of <paramref name="text"/> and hands what it finds to <paramref name="sink"/>, in text order.</summary>
    /// <remarks>A struct sink is called directly, so a caller that turns finds into something else keeps no list of them.</remarks>
    public void Scan<TSink>(string text, TextSpan region, DateOnly? published, bool resolvePast, ref TSink sink)
        where TSink : struct, IMentionSink
    {
        ArgumentNullException.ThrowIfNull(text);
        _previousHedge = Hedge.None;
        int end = region.End;
        int pos = region.Start;
        int consumed = region.Start;
        int tried = region.Start;
        while (pos < end)
        {
            int anchor = NextTrigger(text, pos, end, out int anchorEnd);
            if (anchor < 0)
            {
                break;
            }

            int after = ReadWindow(text, region, anchor, consumed, ref tried, published, resolvePast, ref sink);
            consumed = Math.Max(consumed, after);
            pos = Math.Max(anchorEnd, consumed);
        }
    }

    /// <summary>
    /// The next trigger at or after <paramref name="pos"/>: a digit run, a currency sign, or a trigger word at a word
    /// boundary. One pass over the characters; an ASCII word is hashed and looked up only when its length and first
    /// and last letters are those of some trigger word.
    /// </summary>
    private static int NextTrigger(string text, int pos, int end, out int triggerEnd)
    {
        ReadOnlySpan<char> span = text.AsSpan(0, end);
        int i = pos;

        // Do not start inside a word: a trigger word must begin at a word boundary.
        if (i > 0 && i < end && char.IsLetter(span[i]) && char.IsLetter(span[i - 1]))
        {
            while (i < end && char.IsLetter(span[i]))
            {
                i++;
            }
        }

        while (i < end)
        {
            char c = span[i];
            if (char.IsAsciiLetter(c))
            {
                int start = i;
                bool ascii = true;
                do
                {
                    if (++i >= end)
                    {
                        break;
                    }

                    c = span[i];
                }
                while (char.IsAsciiLetter(c));

                while (i < end && c >= 0x80 && char.IsLetter(c))
                {
                    ascii = false; // "café": not a trigger word, skip it whole
                    if (++i < end)
                    {
                        c = span[i];
                    }
                }

                // Only a word with a trigger's length and first and last letters is hashed, then looked up.
                if (ascii && i - start > 1 && TriggerWords.Hashes.MayHaveShape(span[start..i]) && TriggerWords.Hashes.MayContain(span[start..i])
                    && TriggerWords.Table.TryGet(span[start..i], out bool capital) && (!capital || char.IsUpper(span[start])))
                {
                    triggerEnd = i;
                    return start;
                }

                continue;
            }

            if (char.IsAsciiDigit(c))
            {
                triggerEnd = EndOfDigits(text, i, end);
                if (i > 0 && char.IsLetter(span[i - 1]) && !MayPrefixDigits(span, i))
                {
                    i = triggerEnd; // "UPI30", "S23", "x1": digits glued to a name are never a figure or a date
                    continue;
                }

                return i;
            }

            if (c == '$' || (c >= 0x80 && TriggerWords.Characters.Contains(c)))
            {
                triggerEnd = i + 1;
                return i;
            }

            if (c >= 0x80 && char.IsLetter(c))
            {
                while (i < end && char.IsLetter(span[i]))
                {
                    i++; // a word in another script: no trigger starts inside it
                }

                continue;
            }

            i++;
        }

        triggerEnd = end;
        return -1;
    }

    /// <summary>Tokenizes the window around one trigger and reads what starts in it up to the trigger; returns where the last find ends.</summary>
    /// <remarks>Candidates before <paramref name="tried"/> were tried in an earlier window with more context before them, and are not tried again.</remarks>
    private int ReadWindow<TSink>(string text, TextSpan region, int anchor, int consumed, ref int tried, DateOnly? published, bool resolvePast, ref TSink sink)
        where TSink : struct, IMentionSink
    {
        int start = WindowStart(text, region.Start, anchor);
        bool spaceBefore = start == region.Start || char.IsWhiteSpace(text[start - 1]);
        TokenStream s = _window;
        s.ResetWindow(text, start, region.End, MaxTokens, spaceBefore);
        int anchorToken = s.IndexAt(anchor);
        if (anchorToken < 0)
        {
            return consumed;
        }

        int skipBefore = Math.Max(consumed, tried);
        tried = Math.Max(tried, s[anchorToken].End);
        for (int i = 0; i <= anchorToken; i++)
        {
            if (s[i].Start < skipBefore || s[i].Start < consumed)
            {
                continue;
            }

            Starts starts = Starts.Time | Starts.Date | Starts.Quantity;
            Token token = s[i];
            if (token.Kind == TokenKind.Word)
            {
                // A possessive weekday ("Tuesday's earthquake") starts a date as the bare one does.
                if (!CandidateWords.Table.TryGet(s.Span(i), out starts) && !(s.Span(i) is [.., '\'' or '’', 's'] && CandidateWords.Table.TryGet(s.Span(i)[..^2], out starts) && starts == Starts.Date))
                {
                    continue;
                }
            }
            else if (token.Kind != TokenKind.Number)
            {
                starts = Starts.Quantity;
            }

            if ((starts & Starts.Time) != 0 && TimeGrammar.TryRead(s, i, out int timeLast))
            {
                Add(ref sink, new Mention(s.SpanOf(i, timeLast), MentionKind.Time, default, -1, false, default), text);
                consumed = s[timeLast].End;
                i = timeLast;
                continue;
            }

            if ((starts & Starts.Date) != 0 && DateGrammar.CouldStart(s, i) && DateGrammar.IsCandidate(s, i) && DateGrammar.TryRead(s, i, published, resolvePast, out DatePhrase date))
            {
                Add(ref sink, new Mention(s.SpanOf(date.First, date.Last), MentionKind.Date, default, -1, false, date), text);
                consumed = s[date.Last].End;
                i = date.Last;
                continue;
            }

            if ((starts & Starts.Quantity) != 0 && ((starts & Starts.QuantityWord) != 0 || token.Kind == TokenKind.Number || QuantityGrammar.IsCandidate(s, i))
                && QuantityGrammar.TryRead(s, i, out QuantityMatch match))
            {
                if (s[match.First].Start < consumed)
                {
                    // A hedge that reaches back into something already read is not this figure's hedge.
                    consumed = s[match.Last].End;
                    i = match.Last;
                    continue;
                }

                int compound = match.CompoundWord >= 0 ? s[match.CompoundWord].Start : -1;
                Add(ref sink, new Mention(s.SpanOf(match.First, match.Last), MentionKind.Quantity, match.Quantity, compound, match.Relative, default), text);
                consumed = s[match.Last].End;
                i = match.Last;
            }
        }

        return consumed;
    }

    /// <summary>
    /// Adds a find. A figure in brackets right after a hedged figure is its conversion and takes its hedge: "more than
    /// 100 kilometres (60 miles)", "more than 7.5 million crowns (US$1.1 million)".
    /// </summary>
    /// <remarks>A mention is about a hundred bytes: it is passed by reference, and of the last one only its hedge and end are kept.</remarks>
    private void Add<TSink>(ref TSink sink, in Mention mention, string text)
        where TSink : struct, IMentionSink
    {
        Hedge before = _previousHedge;
        int beforeEnd = _previousEnd;
        _previousEnd = mention.Span.End;
        _previousHedge = mention.Kind == MentionKind.Quantity && mention.Quantity.Hedge is not Hedge.Between ? mention.Quantity.Hedge : Hedge.None;
        if (mention.Kind == MentionKind.Quantity && mention.Quantity.Hedge == Hedge.None && before != Hedge.None
            && IsBracketAfter(text, beforeEnd, mention.Span.Start))
        {
            Quantity q = mention.Quantity;
            _previousHedge = before;
            sink.Add(mention with { Quantity = new Quantity(q.Value, before, q.Unit, q.Step) });
            return;
        }

        sink.Add(mention);
    }

    /// <summary>Appends finds to a list.</summary>
    private readonly struct ListSink(List<Mention> found) : IMentionSink
    {
        public void Add(in Mention mention) => found.Add(mention);
    }

    /// <summary>Whether only white space and one opening bracket stand between two offsets.</summary>
    private static bool IsBracketAfter(string text, int end, int start)
    {
        ReadOnlySpan<char> between = text.AsSpan(end, Math.Max(0, start - end)).Trim();
        return between is "(" or "[";
    }

    /// <summary>Where a window starts: up to <see cref="BackWords"/> words before the trigger, at a word boundary.</summary>
    private static int WindowStart(string text, int regionStart, int anchor)
    {
        int floor = Math.Max(regionStart, anchor - BackChars);
        int start = anchor;
        for (int words = 0; words < BackWords; words++)
        {
            int j = start;
            while (j > floor && char.IsWhiteSpace(text[j - 1]))
            {
                j--;
            }

            int k = j;
            while (k > floor && !char.IsWhiteSpace(text[k - 1]))
            {
                k--;
            }

            if (k == j || (k == floor && k > regionStart && !char.IsWhiteSpace(text[k - 1])))
            {
                break; // nothing more, or a word cut by the bound
            }

            start = k;
        }

        if (start == anchor && anchor > regionStart && !char.IsWhiteSpace(text[anchor - 1]))
        {
            start = anchor - 1; // glued to a long run: keep one character so the grammars see the glue
        }

        return start;
    }

    /// <summary>Whether the letters glued before digits can belong to a figure or date: "USD10m", "RM79", "Q3", "HK$".</summary>
    private static bool MayPrefixDigits(ReadOnlySpan<char> span, int digits)
    {
        int start = digits;
        while (start > 0 && char.IsLetter(span[start - 1]) && digits - start < 4)
        {
            start--;
        }

        if (start > 0 && char.IsLetter(span[start - 1]))
        {
            return false; // a longer word
        }

        ReadOnlySpan<char> letters = span[start..digits];
        return UnitWords.PrefixCodes.Contains(letters) || UnitWords.DollarCountries.Contains(letters) || PeriodWords.Letters.Contains(letters)
            || UnitWords.FoldedSigns.Contains(letters);
    }

    private static int EndOfDigits(string text, int i, int end)
    {
        ReadOnlySpan<char> rest = text.AsSpan(i, end - i);
        int k = rest.IndexOfAnyExcept(DigitRun);
        return k < 0 ? end : i + Math.Max(k, 1);
    }
}
