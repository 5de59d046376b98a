using System;
using Reconcile.Text;

namespace Reconcile.Extraction;

/// <summary>
/// Who a sentence credits with a figure: "police said", "according to the coast guard", "organisers put the
/// figure at", "said the envoy", "citing an unnamed member state". A newsroom reads "12,000 according to police"
/// and "50,000 according to organisers" as two parties' estimates, not one outlet's error.
/// </summary>
internal static class Attributions
{
    private const int MaxWords = 4;

    /// <summary>Verbs that credit a statement or an estimate to their subject, or, inverted, to the words after them.</summary>
    private static readonly Lexicon<bool> Verbs = Lexicon.Set(
        "said", "says", "told", "stated", "added", "wrote", "reported", "announced", "confirmed", "estimated",
        "claimed", "insisted", "noted", "warned", "put", "counted", "tallied", "showed", "according", "citing");

    /// <summary>What a figure comes from that is not a party: "according to information the report attributes to ...".</summary>
    private static readonly Lexicon<bool> Materials = Lexicon.Set(
        "information", "data", "figures", "estimate", "estimates", "documents", "records", "reports", "statistics",
        "results", "analysis", "study", "survey", "poll", "tally", "count", "assessment");

    /// <summary>Subjects that name nobody: "she said", "it said", "they put the figure at".</summary>
    private static readonly Lexicon<bool> Pronouns = Lexicon.Set(
        "he", "she", "it", "they", "we", "i", "you", "this", "that", "which", "who");

    /// <summary>Words a credited party's name does not take: the subject ends before them.</summary>
    private static readonly Lexicon<bool> Breaks = Lexicon.Set(
        "and", "or", "but", "while", "as", "when", "after", "before", "since", "because", "although", "though",
        "that", "which", "who", "where", "if", "than", "of", "in", "on", "at", "to", "for", "with", "by", "from");

    /// <summary>
    /// The party credited nearest the claim at tokens <paramref name="first"/>..<paramref name="last"/>, without
    /// "the" ("coast guard", "Police", "the report" as "report"), or <see langword="null"/> when the sentence
    /// credits nobody by name.
    /// </summary>
    public static string? Nearest(TokenStream s, int first, int last)
    {
        string? best = null;
        int bestDistance = int.MaxValue;
        for (int v = 0; v < s.Count; v++)
        {
            if (!s.InLexicon(v, Verbs) || (v >= first && v <= last) || IsParticiple(s, v) || AddsAThing(s, v))
            {
                continue;
            }

            string? party = s.Is(v, "according") ? (s.Is(v + 1, "to") ? After(s, v + 2) : null)
                : s.Is(v, "citing") ? After(s, v + 1)
                : Before(s, v, v > last ? last + 1 : 0) ?? (v > 0 && s.IsPunctuation(v - 1) ? Inverted(s, v + 1) : null);
            if (party is null)
            {
                continue;
            }

            // The nearest credit in the claim's own clause: each punctuation mark between counts as ten words.
            int from = v < first ? v : last, to = v < first ? first : v;
            int distance = to - from;
            for (int i = from + 1; i < to; i++)
            {
                distance += s.IsPunctuation(i) ? 10 : 0;
            }

            if (distance < bestDistance)
            {
                best = party;
                bestDistance = distance;
            }
        }

        return best;
    }

    /// <summary>Words that make a following "-ed" verb passive: "waves were reported".</summary>
    private static readonly Lexicon<bool> Auxiliaries = Lexicon.Set("was", "were", "is", "are", "be", "been", "being", "had", "has", "have");

    /// <summary>Words that may follow a verb of credit: "confirmed on Friday", "estimated that", "reported 14 deaths".</summary>
    private static readonly Lexicon<bool> Objects = Lexicon.Set(
        "that", "on", "in", "a", "an", "the", "its", "their", "his", "her", "late", "earlier", "yesterday", "today", "last", "this");

    // "employers added 187,000 jobs": "added" credits a statement only when a statement follows (", he added." or
    // "added that"), not a thing added.
    private static bool AddsAThing(TokenStream s, int v)
        => s.Is(v, "added") && v + 1 < s.Count && !s.IsPunctuation(v + 1) && !s.Is(v + 1, "that");

    // "people confirmed dead", "waves were reported": a past participle, not a party's statement. "said" is never one here.
    private static bool IsParticiple(TokenStream s, int v)
    {
        if (!s.Span(v).EndsWith("ed", StringComparison.OrdinalIgnoreCase) || s.Is(v, "said"))
        {
            return false;
        }

        if (s.InLexicon(v - 1, Auxiliaries))
        {
            return true;
        }

        return !(v + 1 >= s.Count || s.IsPunctuation(v + 1) || s.IsNumber(v + 1) || s.InLexicon(v + 1, Objects) || s.InLexicon(v + 1, NumberWords.Cardinals));
    }

    // "issuing", "gathered": a verb ends the party's name. Nouns of this shape ("building", "United") are rare in a
    // credited party next to its verb.
    private static bool IsVerbForm(ReadOnlySpan<char> w)
        => w.Length > 4 && char.IsLower(w[0]) && (w.EndsWith("ed", StringComparison.Ordinal) || w.EndsWith("ing", StringComparison.Ordinal));

    // "Police said", "the interior ministry said", "coast guard officials said".
    private static string? Before(TokenStream s, int verb, int floor)
    {
        // "One member state, not named in the report, said": the party stands before the aside.
        if (s.IsChar(verb - 1, ','))
        {
            for (int i = verb - 2; i >= floor && i >= verb - 10; i--)
            {
                if (s.IsChar(i, ','))
                {
                    return i - 1 >= floor && s.IsWord(i - 1) ? Before(s, i, floor) : null;
                }
            }

            return null;
        }

        int start = verb;
        while (start - 1 >= floor && verb - start < MaxWords && s.IsWord(start - 1) && !s.InLexicon(start - 1, Breaks)
            && !s.InLexicon(start - 1, Verbs) && !s.InLexicon(start - 1, Pronouns) && !s.InLexicon(start - 1, Auxiliaries)
            && !IsVerbForm(s.Span(start - 1)) && !IsArticle(s, start - 1))
        {
            start--;

            // "the network-switch maker said": a hyphenated word is one word of the name.
            if (s.IsDash(start - 1) && s.Glued(start) && s.Glued(start - 1) && s.IsWord(start - 2))
            {
                start -= 2;
            }
        }

        while (start < verb && s.InLexicon(start, NumberWords.Cardinals))
        {
            start++; // "One member state said"
        }

        return Party(s, start, verb - 1);
    }

    // "..., said the envoy.": the party closes the clause; "— said the evidence it gathered" names no party.
    private static string? Inverted(TokenStream s, int from)
    {
        string? party = After(s, from, out int end);
        return party is not null && (end + 1 >= s.Count || (s.IsPunctuation(end + 1) && !(s.IsDash(end + 1) && s.Glued(end + 1)))) ? party : null;
    }

    private static string? After(TokenStream s, int from) => After(s, from, out _);

    // "said the envoy", "according to the coast guard", "citing an unnamed member state".
    private static string? After(TokenStream s, int from, out int end)
    {
        while (IsArticle(s, from))
        {
            from++;
        }

        end = from - 1;
        // "according to results released alongside the announcement": a participle after the name starts a clause.
        while (end + 1 < s.Count && end + 1 - from < MaxWords && s.IsWord(end + 1) && !s.InLexicon(end + 1, Breaks) && !s.InLexicon(end + 1, Verbs)
            && !s.InLexicon(end + 1, Auxiliaries)
            && !(end >= from && (IsArticle(s, end + 1) || StartsAClause(s, end))))
        {
            end++;
        }

        if (end >= from && s.InLexicon(end, Materials) && s.Is(end + 1, "by"))
        {
            // "according to an early estimate by the risk firm Calder": the party is the material's author.
            return After(s, end + 2, out end);
        }

        return end == from && s.InLexicon(from, Materials) ? null : Party(s, from, end);
    }

    private static bool IsArticle(TokenStream s, int i) => s.Is(i, "the") || s.Is(i, "a") || s.Is(i, "an");

    // A participle after a name's head that a preposition or an article follows starts a clause ("results released
    // alongside the announcement", "officials involved in the talks"); one after a determiner is an adjective
    // ("another unnamed member state").
    private static bool StartsAClause(TokenStream s, int head)
        => s.IsWord(head + 1) && IsVerbForm(s.Span(head + 1)) && !s.InLexicon(head, FunctionWords.Stop)
            && (!s.IsWord(head + 2) || s.InLexicon(head + 2, FunctionWords.NounPhraseStops));

    private static string? Party(TokenStream s, int first, int last)
    {
        if (last < first || s.InLexicon(first, Pronouns) || s.InLexicon(first, NumberWords.Cardinals) || (first == last && s.InLexicon(first, FunctionWords.Stop)))
        {
            return null;
        }

        // "officials previously said": the adverb is not part of the name.
        while (last >= first && s.Span(last).EndsWith("ly", StringComparison.OrdinalIgnoreCase))
        {
            last--;
        }

        return last < first ? null : s.Slice(first, last);
    }
}
