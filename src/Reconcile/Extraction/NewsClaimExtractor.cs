using System;
using System.Collections.Generic;
using System.Threading;
using Reconcile.Pipeline;
using Reconcile.Text;

namespace Reconcile.Extraction;

/// <summary>
/// The built-in extractor: hedged figures with what they count, and dates and periods, in news English.
/// Each sentence is tokenized once; the date and figure grammars run only at candidate tokens; a date next
/// to a figure becomes the figure's time scope, and a date on its own becomes a claim of its own.
/// </summary>
internal sealed class NewsClaimExtractor : IClaimExtractor
{
    private const int MaxMeasureWords = 4;
    private readonly ReconcilerOptions _options;

    public NewsClaimExtractor(ReconcilerOptions options) => _options = options;

    public IEnumerable<Claim> Extract(Document document, IReadOnlyList<TextSpan> sentences)
        => Extract(document, sentences, CancellationToken.None);

    /// <inheritdoc/>
    public IEnumerable<Claim> Extract(Document document, IReadOnlyList<TextSpan> sentences, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(sentences);
        var claims = new List<Claim>();
        var work = new SentenceWork();
        for (int i = 0; i < sentences.Count; i++)
        {
            TextSpan sentence = sentences[i];
            // A sentence is at most about a thousand characters (SentenceSplitter), so this bounds the wait.
            cancellationToken.ThrowIfCancellationRequested();
            int before = claims.Count;
            ReadSentence(document, sentence, work, claims);
            TokenStream stream = work.Tokens;
            if (i > 0 && claims.Count > before && stream.Count > 0 && stream.InLexicon(0, FunctionWords.OpeningPronouns))
            {
                // "It had been issuing reports since 2010": what "it" is stands in the sentence before.
                for (int k = before; k < claims.Count; k++)
                {
                    claims[k] = new Claim(claims[k].Source, claims[k].Span, claims[k].Text, claims[k].Measure, claims[k].Value, claims[k].Scope, claims[k].Sentence) { Antecedent = sentences[i - 1], Attribution = claims[k].Attribution };
                }
            }
        }

        return claims;
    }

    /// <summary>Buffers reused from sentence to sentence.</summary>
    private sealed class SentenceWork
    {
        public Scanner Scanner { get; } = new();

        public List<Mention> Mentions { get; } = [];

        public TokenStream Tokens { get; } = new();

        public List<DatePhrase> Dates { get; } = [];

        public List<Figure> Figures { get; } = [];
    }

    private void ReadSentence(Document document, TextSpan sentence, SentenceWork work, List<Claim> claims)
    {
        List<DatePhrase> dates = work.Dates;
        List<Figure> figures = work.Figures;
        dates.Clear();
        figures.Clear();
        work.Mentions.Clear();
        DateOnly? published = document.Source.Published;
        bool resolvePast = _options.ResolveRelativeDatesToPast;

        // The scanner finds figures, dates and times; only a sentence with something in it is tokenized whole,
        // for the words around each find (what a figure counts, what a date dates).
        // A sentence with nothing in it costs no allocation: allocation follows what is found.
        work.Scanner.Scan(document.Text, sentence, published, resolvePast, work.Mentions);
        if (work.Mentions.Count == 0)
        {
            return;
        }

        TokenStream s = work.Tokens;
        s.Reset(document.Text, sentence);
        foreach (Mention mention in work.Mentions)
        {
            int first = TokenStarting(s, mention.Span.Start);
            int last = TokenEnding(s, mention.Span.End);
            if (first < 0 || last < first)
            {
                continue;
            }

            if (mention.Kind == MentionKind.Date)
            {
                DatePhrase date = mention.Date with { First = first, Last = last };
                if (resolvePast && published is { } day && IsFutureYearless(s, date, day))
                {
                    date = date with { Start = NextYear(date.Start) };
                }
                else if (resolvePast && published is { } filed && IsFutureWeekday(s, date, filed))
                {
                    DateOnly next = date.Start.First.AddDays(7);
                    date = date with { Start = new DateValue(next.Year, next.Month, next.Day) };
                }
                else if (resolvePast && published is { } written && IsFutureYearlessPeriod(s, date, written))
                {
                    date = date with { Start = NextYear(date.Start), End = NextYear(date.End) }; // "expected to close in the fourth quarter"
                }

                dates.Add(date);
            }
            else if (mention.Kind == MentionKind.Quantity)
            {
                int compound = mention.CompoundWord >= 0 ? TokenStarting(s, mention.CompoundWord) : -1;
                var match = new QuantityMatch(first, last, mention.Quantity, compound, mention.Relative);
                if (Describe(s, match, figures) is { } f)
                {
                    figures.Add(f);
                }
            }
        }

        if (figures.Count == 0 && dates.Count == 0)
        {
            return; // only times of day
        }

        TimeScope?[] scopes = figures.Count == 0 ? [] : new TimeScope?[figures.Count];
        bool[] usedDates = dates.Count == 0 ? [] : new bool[dates.Count];
        AttachScopes(s, dates, figures, scopes, usedDates);
        AttachComparisonYears(s, figures, scopes);
        for (int k = 0; k < figures.Count; k++)
        {
            Figure f = figures[k];
            TextSpan span = s.SpanOf(f.First, f.Last);
            claims.Add(new Claim(document.Source, span, span.Slice(document.Text), f.Measure, ClaimValue.FromQuantity(f.Match.Quantity), scopes[k], sentence)
            {
                Attribution = Attributions.Nearest(s, f.First, f.Last),
            });
        }

        for (int k = 0; k < dates.Count; k++)
        {
            DatePhrase date = dates[k];
            if (usedDates[k] || !date.Resolved)
            {
                continue;
            }

            // "officials said on Wednesday": the day a statement was made is not a fact sources reconcile. Nor is a
            // dateline's day, the day the story was filed: "KESSEL, Sept 17 (Capital Wire) --".
            if ((date.DayLevel && IsSpeech(s, date.First)) || IsDateline(s, date))
            {
                continue;
            }

            TextSpan span = s.SpanOf(date.First, date.Last);
            claims.Add(new Claim(document.Source, span, span.Slice(document.Text), DatedEvent(s, date), ValueOf(date), null, sentence)
            {
                Attribution = Attributions.Nearest(s, date.First, date.Last),
            });
        }
    }

    /// <summary>Words that put a clause in the future: "will close", "is due to open", "plans to sell".</summary>
    private static readonly Lexicon<bool> FutureMarkers = Lexicon.Set("will", "shall", "'ll", "’ll", "would");

    /// <summary>Words that, followed by "to", put a clause in the future: "is due to", "is expected to", "plans to".</summary>
    private static readonly Lexicon<bool> FutureBeforeTo = Lexicon.Set(
        "due", "set", "scheduled", "expected", "planned", "plans", "plan", "going", "poised", "slated");

    /// <summary>
    /// Whether a yearless month or month day ("in June", "on June 5"), resolved to the most recent one before
    /// publication, stands in a clause in the future tense ("their factory will close in June", written in
    /// February), so that it means the coming one.
    /// </summary>
    private static bool IsFutureYearless(TokenStream s, DatePhrase date, DateOnly published)
    {
        if (!date.Resolved || date.Role is not (DateRole.Point or DateRole.Until) || date.Start.Granularity == DateGranularity.Year)
        {
            return false;
        }

        if (WritesYear(s, date))
        {
            return false;
        }

        bool month = false;
        for (int i = date.First; i <= date.Last; i++)
        {
            month |= s.InLexicon(i, MonthNames.Months);
        }

        if (!month || date.Start.Last >= published)
        {
            return false; // a weekday or a relative word; or a month not yet over
        }

        return InFutureClause(s, date.First);
    }

    /// <summary>
    /// Whether a yearless stretch of the year ("in the fourth quarter", "in the second half"), resolved to the most
    /// recent one before publication, stands in a clause in the future tense ("the deal is expected to close in the
    /// fourth quarter", written in April), so that it means the coming one.
    /// </summary>
    private static bool IsFutureYearlessPeriod(TokenStream s, DatePhrase date, DateOnly published)
    {
        if (!date.Resolved || date.Role != DateRole.Range || date.Start.Granularity == DateGranularity.Year || date.End.Granularity == DateGranularity.Year
            || date.End.Last >= published || date.Start.Year != date.End.Year)
        {
            return false;
        }

        return !WritesYear(s, date) && InFutureClause(s, date.First);
    }

    /// <summary>
    /// Whether a weekday alone ("on Tuesday"), resolved to the most recent one before publication, stands in a clause
    /// in the future tense ("she would begin coalition talks on Tuesday", written on a Monday), so that it means the
    /// coming one.
    /// </summary>
    private static bool IsFutureWeekday(TokenStream s, DatePhrase date, DateOnly published)
    {
        if (!date.Resolved || date.Role != DateRole.Point || date.Start.Granularity != DateGranularity.Day || date.Start.First >= published)
        {
            return false;
        }

        bool weekday = false;
        for (int i = date.First; i <= date.Last; i++)
        {
            if (s.IsNumber(i) || s.InLexicon(i, MonthNames.Months))
            {
                return false; // "on Tuesday, May 6" names its day
            }

            weekday |= s.InLexicon(i, MonthNames.Weekdays);
        }

        return weekday && InFutureClause(s, date.First);
    }

    // Whether the date's words include a four-digit year: then it means what it says, future clause or not.
    private static bool WritesYear(TokenStream s, DatePhrase date)
    {
        for (int i = date.First; i <= date.Last; i++)
        {
            if (s.IsNumber(i) && s.Span(i).Length == 4)
            {
                return true;
            }
        }

        return false;
    }

    // Whether a future marker stands before the word, in its clause: "will", "would", "is due to", "plans to".
    private static bool InFutureClause(TokenStream s, int first)
    {
        for (int i = first - 1; i >= 0; i--)
        {
            if (s.IsPunctuation(i) && !(s.IsDash(i) && s.Glued(i)))
            {
                return false;
            }

            if (s.InLexicon(i, FutureMarkers) || (s.InLexicon(i, FutureBeforeTo) && s.Is(i + 1, "to")))
            {
                return true;
            }
        }

        return false;
    }

    private static DateValue NextYear(DateValue date) => date.Granularity switch
    {
        DateGranularity.Month => new DateValue(date.Year + 1, date.Month),
        _ => new DateValue(date.Year + 1, date.Month, Math.Min(date.Day, DateTime.DaysInMonth(date.Year + 1, date.Month))),
    };

    private static int TokenStarting(TokenStream s, int offset)
    {
        int lo = 0, hi = s.Count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            int start = s[mid].Start;
            if (start == offset)
            {
                return mid;
            }

            if (start < offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return -1;
    }

    private static int TokenEnding(TokenStream s, int offset)
    {
        int lo = 0, hi = s.Count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            int end = s[mid].End;
            if (end == offset)
            {
                return mid;
            }

            if (end < offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return -1;
    }

    private readonly record struct Figure(int First, int Last, QuantityMatch Match, string Measure);

    private static Figure? Describe(TokenStream s, QuantityMatch match, List<Figure> earlier)
    {
        Quantity q = match.Quantity;
        int after = match.Last + 1;

        // A lone "one" ("one of the people", "one man") is a count to the recognizer, but too weak to be a claim.
        if (q.Hedge == Hedge.None && match.First == match.Last && s.Is(match.First, "one") && !OneCasualty(s, after))
        {
            return null;
        }

        // "children under five", "people over 65": an age bound of the people named, not a count.
        if (q.Hedge is Hedge.LessThan or Hedge.MoreThan or Hedge.AtLeast && q.Value <= 120 && s.InLexicon(match.First - 1, AgeHolders)
            && q.Unit.Dimension is UnitDimension.Count or UnitDimension.Duration)
        {
            return null;
        }

        // "ten years ago", "two days later": a reference in time, not a figure.
        if (q.Unit.Dimension == UnitDimension.Duration && (s.Is(after, "ago") || s.Is(after, "later") || s.Is(after, "earlier") || s.Is(after, "previously")))
        {
            return null;
        }

        int measureStart = after;
        if (s.Is(measureStart, "of") && (IsVague(s, match) || s.InLexicon(match.Last, NumberWords.Fractions) || q.Unit.Dimension is not (UnitDimension.Count or UnitDimension.Percent or UnitDimension.Currency)))
        {
            measureStart++; // "hundreds of people", "500,000 barrels of refined petroleum"
        }

        ReadMeasure(s, measureStart, out int npFirst, out int npLast);
        if (npLast >= npFirst && s.InLexicon(npFirst, NumberWords.Cardinals))
        {
            npLast = npFirst - 1; // "down from 79.9% four years ago": another figure, not what this one measures
        }

        string? measure = null;
        int last = match.Last;
        if (q.Unit.Dimension == UnitDimension.Count && IsMagnitude(s, match))
        {
            // "a magnitude 6.4 earthquake", "the 6.2-magnitude quake", "a 7.1 magnitude tremor": a reading on a scale,
            // whatever it is a reading of.
            measure = "magnitude";
            last = s.Is(after, "magnitude") ? after : last;
        }
        else if (match.CompoundWord >= 0 && IsAgeCompound(s, match.CompoundWord))
        {
            // "a 61-year-old flight instructor": an age, whoever's it is; "The pilot, 59," meets it.
            measure = npLast >= npFirst ? string.Concat("age of ", s.Slice(npFirst, npLast)) : "age";
            last = npLast >= npFirst ? npLast : last;
        }
        else if (match.CompoundWord >= 0)
        {
            string word = s.Span(match.CompoundWord).ToString();
            if (npLast >= npFirst)
            {
                measure = string.Concat(MeasureWords.Plural(word), " of ", s.Slice(npFirst, npLast));
                last = npLast;
            }
            else
            {
                measure = MeasureWords.Plural(word);
            }
        }
        else if (npLast == npFirst && s.Is(npFirst, "old") && q.Unit.Dimension == UnitDimension.Duration)
        {
            measure = "age"; // "the girl was 12 years old"
            last = npLast;
        }
        else if (npLast >= npFirst)
        {
            // "14 dead", "30 injured": an outcome read as the noun is a count of people.
            measure = npLast == npFirst && q.Unit.Dimension == UnitDimension.Count && s.InLexicon(npFirst, OutcomesAfter) ? "people" : s.Slice(npFirst, npLast);
            last = npLast;
        }

        // "9,000 passengers a day": a rate, another fact than a count of passengers; the period is part of the measure.
        if (measure is not null && match.CompoundWord < 0 && q.Unit.Dimension == UnitDimension.Count && RatePeriod(s, last + 1) is int rateLast)
        {
            measure = string.Concat(measure, " ", s.Slice(last + 1, rateLast));
            last = rateLast;
        }

        bool relative = match.Relative || (npLast >= npFirst && s.InLexicon(npFirst, FunctionWords.RelativeMarkers));
        if (measure is null && q.Unit.Dimension is UnitDimension.Percent or UnitDimension.Currency)
        {
            // "turnout was 62.3 percent", "revenue of $4.2 billion", "54.8 percent of the vote".
            measure = MeasureAround(s, match);
        }

        if (measure is null && !relative && q.Unit.Dimension == UnitDimension.Count && npLast < npFirst && match.CompoundWord < 0)
        {
            measure = PartOf(s, after);
        }

        if (measure is null && !relative && q.Unit.Dimension == UnitDimension.Count && npLast < npFirst && match.CompoundWord < 0)
        {
            // "the death toll rose to 14", "the number of displaced people reached 3,000": a bare count whose
            // measure is the subject of a verb of level.
            measure = AgeMeasure(s, match) ?? SubjectMeasure(s, match) ?? EstimatedMeasure(s, match);
            if (measure is null && !s.Is(after, "of") && PeopleByOutcome(s, match, out int outcomeLast))
            {
                // "killing 14 and injuring 30", "45 were injured", "14 dead": a casualty count whose noun is
                // left out is a count of people.
                measure = "people";
                last = Math.Max(last, outcomeLast);
            }
        }

        if (measure is null)
        {
            measure = q.Unit.Dimension switch
            {
                UnitDimension.Count => relative && earlier.Count > 0 ? earlier[^1].Measure : null,
                UnitDimension.Currency => "amount (" + q.Unit.Symbol + ")",
                UnitDimension.Percent => "percentage",
                _ => q.Unit.Dimension.ToString().ToUpperInvariant()[..1] + q.Unit.Dimension.ToString()[1..].ToLowerInvariant() + " (" + q.Unit.Symbol + ")",
            };
        }

        if (measure is null)
        {
            return null;
        }

        if (relative && !measure.StartsWith("other ", StringComparison.OrdinalIgnoreCase) && !measure.StartsWith("more ", StringComparison.OrdinalIgnoreCase))
        {
            measure = "other " + measure;
        }

        return new Figure(match.First, last, match, measure);
    }

    /// <summary>The last token of a rate's period right after a count ("a day", "per year", "each week"), or null ("a year ago" is no rate).</summary>
    private static int? RatePeriod(TokenStream s, int i)
        => (s.Is(i, "a") || s.Is(i, "per") || s.Is(i, "each") || s.Is(i, "every") || s.Is(i, "an")) && s.IsWord(i + 1) && MeasureWords.IsRatePeriod(s.Span(i + 1))
            && !(s.Is(i + 2, "ago") || s.Is(i + 2, "earlier") || s.Is(i + 2, "later") || s.Is(i + 2, "before") || s.Is(i + 2, "after")) ? i + 1 : null;

    /// <summary>The auxiliary of a passive: "was declared", "had been announced".</summary>
    private static readonly Lexicon<bool> FormsOfBe = Lexicon.Set("was", "were", "is", "are", "be", "been", "being");

    private static readonly Lexicon<bool> SpeechVerbs = Lexicon.Set(
        "said", "says", "told", "stated", "added", "wrote", "tweeted", "posted", "declared", "warned",
        "insisted", "argued", "noted", "explained", "commented", "urged", "briefed");

    /// <summary>Whether the date dates a statement: "said on Thursday", "told U.N. members on Thursday".</summary>
    private static bool IsSpeech(TokenStream s, int first)
    {
        for (int i = first - 1; i >= 0 && i >= first - 4; i--)
        {
            if (s.InLexicon(i, SpeechVerbs))
            {
                // "the outbreak was declared on Sept. 12": a passive speech verb dates the thing declared.
                return !s.InLexicon(i - 1, FormsOfBe);
            }

            // Another verb in between dates that verb's event: "said the change came on May 29".
            if (s.IsPunctuation(i) || !s.IsWord(i) || IsVerbLike(s.Span(i)) || s.InLexicon(i, FunctionWords.NounPhraseStops))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Words that link a noun to the percentage or amount that measures it.</summary>
    private static readonly Lexicon<bool> MeasureLinks = Lexicon.Set(
        "was", "is", "were", "are", "of", "at", "reached", "hit", "to", "worth", "valued", "totalled", "totaled",
        "totalling", "totaling", "stood", "rose", "fell", "climbed", "dropped", "jumped", "came", "amounted", "be",
        "been", "by", "around", "about", "nearly", "some", "roughly", "an", "estimated", "just", "over", "under");

    /// <summary>Verbs and particles between a subject and the bare count that measures it: "rose to", "has risen to", "stood at", "of".</summary>
    private static readonly Lexicon<bool> CountLinks = Lexicon.Set(
        "was", "is", "were", "are", "of", "at", "reached", "hit", "to", "totalled", "totaled", "stood", "stands",
        "stand", "rose", "risen", "rises", "climbed", "climbs", "jumped", "jumps", "fell", "falls", "fallen", "dropped",
        "increased", "decreased", "grew", "grown", "now", "has", "have", "had", "been", "reaching", "rising",
        "climbing", "standing", "passed", "topped", "exceeded", "surpassed");

    /// <summary>People an age bound can follow: "children under five", "adults over 65", "those aged over 80".</summary>
    private static readonly Lexicon<bool> AgeHolders = Lexicon.Set(
        "children", "child", "kids", "adults", "people", "those", "men", "women", "boys", "girls", "patients",
        "residents", "anyone", "everyone", "aged", "voters", "workers", "drivers", "pupils", "students");

    /// <summary>Words after a bare count that make it a count of people: "14 dead", "45 were injured".</summary>
    private static readonly Lexicon<bool> OutcomesAfter = Lexicon.Set(
        "killed", "dead", "died", "injured", "wounded", "hurt", "hospitalised", "hospitalized", "missing",
        "evacuated", "displaced", "arrested", "detained", "rescued", "stranded", "trapped", "infected", "unaccounted",
        // What crowds do: "more than 45,000 marched", "about 300 fled".
        "marched", "protested", "demonstrated", "rallied", "gathered", "attended", "voted", "fled", "escaped",
        "survived", "resigned", "participated");

    /// <summary>Verbs before a bare count that make it a count of people: "killing 14", "injured 30".</summary>
    private static readonly Lexicon<bool> OutcomesBefore = Lexicon.Set(
        "killing", "killed", "kills", "injuring", "injured", "wounding", "wounded", "evacuating", "evacuated",
        "arresting", "arrested", "detaining", "detained", "rescuing", "rescued", "hospitalising", "hospitalizing",
        "infecting", "infected", "sickening", "sickened");

    /// <summary>Auxiliaries between a bare count and its outcome: "45 were injured", "14 have been killed".</summary>
    private static readonly Lexicon<bool> OutcomeAuxiliaries = Lexicon.Set(
        "were", "was", "are", "is", "have", "has", "had", "been", "be", "being", "now", "also", "still", "remain",
        "remained", "remains", "reported", "confirmed", "feared");

    private static bool PeopleByOutcome(TokenStream s, QuantityMatch match, out int last)
    {
        last = match.Last;
        int j = match.Last + 1;
        int auxiliaries = 0;
        while (auxiliaries < 3 && s.InLexicon(j, OutcomeAuxiliaries))
        {
            j++;
            auxiliaries++;
        }

        if (s.InLexicon(j, OutcomesAfter) || (s.Is(j, "took") && s.Is(j + 1, "part")))
        {
            last = auxiliaries == 0 ? j : match.Last;
            return true;
        }

        // "killing all five on board", "injuring all 12".
        return s.InLexicon(match.First - 1, OutcomesBefore) || (s.Is(match.First - 1, "all") && s.InLexicon(match.First - 2, OutcomesBefore));
    }

    /// <summary>Nouns that name no measure of their own: "the total rose to 14", "the figure was 3".</summary>
    private static readonly Lexicon<bool> EmptyHeads = Lexicon.Set(
        "total", "number", "figure", "figures", "tally", "count", "sum", "amount", "level", "it", "this", "that");

    /// <summary>
    /// What a count of part of a whole counts: "58 of the 169 seats", "three of the five miners"; null when the
    /// whole is not named by a noun ("two of them").
    /// </summary>
    private static string? PartOf(TokenStream s, int after)
    {
        if (!s.Is(after, "of"))
        {
            return null;
        }

        int j = after + 1;
        if (s.Is(j, "the") || s.Is(j, "its") || s.Is(j, "their") || s.Is(j, "these") || s.Is(j, "those"))
        {
            j++;
        }

        if (s.IsNumber(j) || s.InLexicon(j, NumberWords.Cardinals))
        {
            j++;
        }

        if (!s.IsWord(j) || s.IsCapitalized(j))
        {
            return null;
        }

        ReadMeasure(s, j, out int first, out int last);
        return last >= first ? s.Slice(first, last) : null;
    }

    /// <summary>Words that open a clause inside a subject: "a ferry that sank", "the people who were rescued".</summary>
    private static readonly Lexicon<bool> RelativePronouns = Lexicon.Set("that", "which", "who", "whom", "whose", "where");

    /// <summary>
    /// The head noun phrase that opens the clause ending at <paramref name="k"/>, when the words before the verb
    /// hold a clause or participle of their own ("the death toll from a ferry that sank off Lomar", "the number of
    /// people confirmed dead"), so that the noun next to the verb is not its subject; otherwise null.
    /// </summary>
    private static string? ClauseSubject(TokenStream s, int k)
    {
        int start = k;
        bool nested = false;
        while (start > 0 && k - start < 20 && !s.IsPunctuation(start - 1))
        {
            start--;
            nested |= s.InLexicon(start, RelativePronouns) || (s.IsWord(start) && IsVerbLike(s.Span(start)));
        }

        if (!nested)
        {
            return null;
        }

        while (s.Is(start, "the") || s.Is(start, "a") || s.Is(start, "an") || s.Is(start, "its") || s.Is(start, "their"))
        {
            start++;
        }

        if (!s.IsWord(start) || FunctionWords.Stop.Contains(s.Span(start)) || FunctionWords.NounPhraseStops.Contains(s.Span(start)))
        {
            return null;
        }

        ReadMeasure(s, start, out int first, out int last);
        if (last < first || last >= k)
        {
            return null;
        }

        // "the number of people confirmed dead": the "of" phrase names what is counted.
        return s.InLexicon(first, EmptyHeads) ? OfPhrase(s, first, k) : s.Slice(first, last);
    }

    private static bool IsAgeCompound(TokenStream s, int word)
        => (s.Is(word, "year") || s.Is(word, "years")) && (s.Is(word + 1, "old") || (s.IsDash(word + 1) && s.Is(word + 2, "old")));

    /// <summary>
    /// An age written the way news writes it: "The pilot, 59, had logged", "Jane Doe, 72, of Brill", "the suspect,
    /// aged 45". Measured as the age of the noun before it ("age of pilot"), or plain "age" after a name.
    /// </summary>
    private static string? AgeMeasure(TokenStream s, QuantityMatch match)
    {
        Quantity q = match.Quantity;
        if (q.Hedge != Hedge.None || q.Value is < 1 or > 120 || q.Value != Math.Floor(q.Value) || match.First != match.Last)
        {
            return null;
        }

        int before = match.First - 1;
        if (s.Is(before, "aged"))
        {
            before--;
        }
        else if (!(s.IsChar(before, ',') && (s.IsChar(match.Last + 1, ',') || s.IsChar(match.Last + 1, ')'))))
        {
            return null;
        }

        if (s.IsChar(before, ','))
        {
            before--;
        }

        if (!s.IsWord(before) || FunctionWords.Stop.Contains(s.Span(before)) || FunctionWords.NounPhraseStops.Contains(s.Span(before)) || IsVerbLike(s.Span(before)))
        {
            return null;
        }

        return s.IsCapitalized(before) ? "age" : string.Concat("age of ", s.Span(before).ToString().ToLowerInvariant());
    }

    /// <summary>
    /// Whether a lone "one" counts a casualty: "One person was killed", "one soldier died" (a count like any other,
    /// against another outlet's "two people were killed"), unlike "one man stayed" or "one of them".
    /// </summary>
    private static bool OneCasualty(TokenStream s, int noun)
    {
        if (!s.InLexicon(noun, SinglePeople))
        {
            return false;
        }

        int j = noun + 1;
        for (int auxiliaries = 0; auxiliaries < 3 && s.InLexicon(j, OutcomeAuxiliaries); auxiliaries++)
        {
            j++;
        }

        return s.InLexicon(j, OutcomesAfter);
    }

    /// <summary>Nouns after which a lone "one" can count a casualty.</summary>
    private static readonly Lexicon<bool> SinglePeople = Lexicon.Set(
        "person", "man", "woman", "child", "boy", "girl", "soldier", "civilian", "officer", "passenger", "worker", "resident");

    /// <summary>Verbs that state an estimate as "put the turnout at 40,000", "estimated the crowd at 50,000".</summary>
    private static readonly Lexicon<bool> EstimateVerbs = Lexicon.Set(
        "put", "puts", "putting", "estimated", "estimates", "estimate", "estimating", "placed", "places", "placing",
        "pegged", "pegs", "set", "sets", "setting");

    /// <summary>
    /// The measure of an estimate stated with its own verb: "the union put the turnout at 40,000", "officials
    /// estimated the crowd at 50,000". A head that names nothing ("put the figure at") gives none.
    /// </summary>
    private static string? EstimatedMeasure(TokenStream s, QuantityMatch match)
    {
        int at = match.First - 1;
        if (!s.Is(at, "at"))
        {
            return null;
        }

        int head = at - 1;
        for (int v = head - 1; v >= 0 && v >= at - 5; v--)
        {
            if (!s.IsWord(v))
            {
                return null;
            }

            if (s.InLexicon(v, EstimateVerbs))
            {
                if (v + 1 > head || !s.IsWord(head) || s.InLexicon(head, EmptyHeads) || FunctionWords.Stop.Contains(s.Span(head))
                    || FunctionWords.NounPhraseStops.Contains(s.Span(head)) || s.IsCapitalized(head))
                {
                    return null;
                }

                int from = ModifierStart(s, head);
                return s.Slice(from > v ? from : head, head);
            }
        }

        return null;
    }

    private static bool IsMagnitude(TokenStream s, QuantityMatch match)
        => s.Is(match.First - 1, "magnitude") || s.Is(match.Last + 1, "magnitude")
            || (match.CompoundWord >= 0 && s.Span(match.CompoundWord).Equals("magnitude", StringComparison.OrdinalIgnoreCase));

    private static string? SubjectMeasure(TokenStream s, QuantityMatch match)
    {
        int k = match.First - 1;
        int links = 0;
        bool verb = false;
        while (k >= 0 && links < 4 && s.InLexicon(k, CountLinks))
        {
            verb |= !s.Is(k, "of") && !s.Is(k, "to") && !s.Is(k, "at");
            k--;
            links++;
        }

        if (links > 0 && verb && ClauseSubject(s, k) is string subject)
        {
            return subject; // "the death toll from a ferry that sank off Lomar island has climbed to 26"
        }

        k = SkipSubjectModifier(s, SkipSubjectModifier(s, k)); // "the death toll from the earthquake in Varen"

        // "a death toll of 14" is as plain as "the death toll was 14"; a bare "to 14" or "at 14" is not ("from 10 to 14").
        if (links == 0 || (!verb && !s.Is(match.First - 1, "of")) || !s.IsWord(k) || (s.IsCapitalized(k) && k > 0)
            || FunctionWords.Stop.Contains(s.Span(k)) || FunctionWords.NounPhraseStops.Contains(s.Span(k)) || IsVerbLike(s.Span(k)))
        {
            return null;
        }

        int head = k;
        int from = ModifierStart(s, k); // "death toll"

        if (s.InLexicon(head, EmptyHeads))
        {
            // "the number of displaced people reached 3,000": the measure is the "of" phrase's noun phrase.
            return from == head ? OfPhrase(s, head, match.First - links) : null;
        }

        return s.Slice(from, head);
    }

    /// <summary>
    /// The noun phrase of the "of" phrase after a head that names no measure of its own ("the number of displaced
    /// people"), when it ends before <paramref name="limit"/>; otherwise null.
    /// </summary>
    private static string? OfPhrase(TokenStream s, int head, int limit)
    {
        if (!s.Is(head + 1, "of"))
        {
            return null;
        }

        ReadMeasure(s, head + 2, out int first, out int last);
        return last >= first && last < limit ? s.Slice(first, last) : null;
    }

    /// <summary>
    /// Where the noun phrase ending at <paramref name="head"/> starts when one lower-case modifier stands before it
    /// ("death toll", "net loss", "frozen assets"), or <paramref name="head"/> itself.
    /// </summary>
    private static int ModifierStart(TokenStream s, int head)
        => s.IsWord(head - 1) && !s.IsCapitalized(head - 1) && !FunctionWords.Stop.Contains(s.Span(head - 1))
            && !FunctionWords.NounPhraseStops.Contains(s.Span(head - 1)) && !IsVerbLike(s.Span(head - 1)) ? head - 1 : head;

    /// <summary>Words that attach a short modifier to a subject: "revenue for 2024", "the death toll from the earthquake".</summary>
    private static readonly Lexicon<bool> SubjectModifiers = Lexicon.Set("for", "in", "during", "from", "among", "after");

    /// <summary>
    /// Steps back over one short modifier between a subject's head and its verb ("revenue for 2024 came in at",
    /// "the death toll from the Varen earthquake rose to", "in the south of the country"), returning the index of
    /// the head, or <paramref name="k"/>.
    /// </summary>
    private static int SkipSubjectModifier(TokenStream s, int k)
    {
        if (!s.IsWord(k) && !s.IsNumber(k))
        {
            return k;
        }

        for (int p = k - 1; p >= 1 && p >= k - 6; p--)
        {
            if (s.InLexicon(p, SubjectModifiers))
            {
                return s.IsWord(p - 1) && !FunctionWords.Stop.Contains(s.Span(p - 1)) && !FunctionWords.NounPhraseStops.Contains(s.Span(p - 1)) ? p - 1 : k;
            }

            // "in the south of the country": an "of" phrase inside the modifier.
            if (s.Is(p, "the") || s.Is(p, "a") || s.Is(p, "an") || s.Is(p, "this") || s.Is(p, "last") || s.Is(p, "of"))
            {
                continue;
            }

            if (!(s.IsWord(p) || s.IsNumber(p)) || FunctionWords.NounPhraseStops.Contains(s.Span(p)) || IsVerbLike(s.Span(p)))
            {
                return k;
            }
        }

        return k;
    }

    private static string? MeasureAround(TokenStream s, QuantityMatch match)
    {
        int after = match.Last + 1;

        // A price: "$48 a share", "$60 per barrel", "£9 an hour" is a rate per unit, another fact than an amount.
        if (match.Quantity.Unit.Dimension == UnitDimension.Currency && (s.Is(after, "a") || s.Is(after, "an") || s.Is(after, "per") || s.Is(after, "each"))
            && s.IsWord(after + 1) && !s.IsCapitalized(after + 1) && !s.InLexicon(after + 1, FunctionWords.Stop) && !s.InLexicon(after + 1, FunctionWords.NounPhraseStops)
            && !(s.Is(after + 2, "ago") || s.Is(after + 2, "earlier") || s.Is(after + 2, "later")))
        {
            return string.Concat("per ", s.Span(after + 1).ToString().ToLowerInvariant());
        }

        // After: "of the vote".
        if (s.Is(after, "of"))
        {
            int start = s.Is(after + 1, "the") ? after + 2 : after + 1;
            ReadMeasure(s, start, out int first, out int last);
            if (last >= first)
            {
                return s.Slice(first, last);
            }
        }

        // After: "$3bn in aid", "$600 million in annual cost savings"; not "in March", "in the first quarter".
        if (s.Is(after, "in") && s.IsWord(after + 1) && !s.IsCapitalized(after + 1) && !s.InLexicon(after + 1, FunctionWords.Stop)
            && !s.InLexicon(after + 1, FunctionWords.NounPhraseStops))
        {
            ReadMeasure(s, after + 1, out int first, out int last);
            if (last >= first)
            {
                return s.Slice(first, last);
            }
        }

        // Before: "turnout was", "revenue of", "a net loss of", "frozen assets worth".
        int k = match.First - 1;
        int links = 0;
        while (k >= 0 && links < 3 && (s.InLexicon(k, MeasureLinks) || (s.Is(k, "in") && s.Is(k - 1, "came"))))
        {
            k--;
            links++; // "came in at" is one link however it is counted
        }

        k = SkipSubjectModifier(s, k);

        if (links == 0 || !s.IsWord(k) || (s.IsCapitalized(k) && k > 0) || FunctionWords.Stop.Contains(s.Span(k)) || FunctionWords.NounPhraseStops.Contains(s.Span(k)))
        {
            return null;
        }

        int head = k;
        int from = ModifierStart(s, k); // "net loss", "frozen assets"

        return IsVerbLike(s.Span(head)) ? null : s.Slice(from, head);
    }

    private static bool IsVague(TokenStream s, QuantityMatch match)
        => match.Quantity.Hedge == Hedge.Between && s.IsWord(match.Last) && (NumberWords.VaguePlurals.Contains(s.Span(match.Last)) || s.Is(match.Last, "thousands"));

    /// <summary>Reads the noun phrase naming what a figure counts: "ballistic missiles", "rounds of ammunition", "North Korean troops".</summary>
    private static void ReadMeasure(TokenStream s, int j, out int first, out int last)
    {
        first = j;
        last = j - 1;
        int words = 0;
        bool sawLower = false;
        while (words < MaxMeasureWords && s.IsWord(j) && !s.InLexicon(j, FunctionWords.NounPhraseStops))
        {
            ReadOnlySpan<char> w = s.Span(j);
            bool capital = char.IsUpper(w[0]);
            if (capital && sawLower)
            {
                break; // "troops Pyongyang has deployed"
            }

            int end = j;
            while (s.IsDash(end + 1) && s.Glued(end + 1) && s.IsWord(end + 2) && s.Glued(end + 2))
            {
                end += 2; // "self-propelled", "Pantsir-class"
            }

            bool compound = end > j;
            if (!compound && IsVerbLike(w) && (words > 0 || !s.IsWord(j + 1) || s.InLexicon(j + 1, FunctionWords.NounPhraseStops)))
            {
                break; // "troops deployed", "missiles launched", "$3 billion generated from"
            }

            if (!compound && (w.EndsWith("ly", StringComparison.OrdinalIgnoreCase) || w.Contains('\'') || w.Contains('’') || MeasureWords.IsComplement(w)) && words > 0)
            {
                break; // "14 people dead", "14,000 employees worldwide": the noun phrase ends before
            }

            sawLower |= !capital;
            last = end;
            words++;
            j = end + 1;
            if (w.Contains('\'') || w.Contains('’'))
            {
                break;
            }
        }

        if (last < first)
        {
            return;
        }

        // "rounds of ammunition", "barrels of refined petroleum": one "of" phrase is part of the measure.
        if (s.Is(last + 1, "of") && !s.Is(last + 2, "the") && s.IsWord(last + 2) && !s.InLexicon(last + 2, FunctionWords.NounPhraseStops) && !s.IsCapitalized(last + 2))
        {
            int k = last + 2;
            int extra = 0;
            while (extra < 3 && s.IsWord(k) && !s.InLexicon(k, FunctionWords.NounPhraseStops) && !s.IsCapitalized(k) && !IsVerbLike(s.Span(k)))
            {
                last = k;
                k++;
                extra++;
            }
        }

        // A measure made only of a word like "percent" or a trailing adjective is no measure.
        if (!EndsInNoun(s, last))
        {
            last = first - 1;
        }
    }

    private static bool EndsInNoun(TokenStream s, int last)
    {
        ReadOnlySpan<char> w = s.Span(last);
        return !(w.EndsWith("ly", StringComparison.OrdinalIgnoreCase) || FunctionWords.Stop.Contains(w) && !MeasureWords.IsKnownNoun(w));
    }

    private static bool IsVerbLike(ReadOnlySpan<char> w)
        => w.Length > 4 && (w.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || w.EndsWith("ing", StringComparison.OrdinalIgnoreCase))
        && !MeasureWords.IsKnownNoun(w);

    /// <summary>Gives each figure the period it covers, from the dates around it in the same sentence.</summary>
    private static void AttachScopes(TokenStream s, List<DatePhrase> dates, List<Figure> figures, TimeScope?[] scopes, bool[] usedDates)
    {
        if (figures.Count == 0)
        {
            return;
        }

        for (int d = 0; d < dates.Count; d++)
        {
            DatePhrase date = dates[d];
            ScopeWhenClause(s, date, figures, scopes);

            // A single day ("on Thursday") dates an event; it is not the period a figure covers. Nor is a date
            // governed by a verb of its own ("was founded in 1994 by two engineers"), or the date a record is
            // measured from ("their steepest one-day drop since 2020").
            if ((date.Role == DateRole.Point && date.DayLevel) || DatesAnEvent(s, date) || DatesARecord(s, date))
            {
                continue;
            }

            TimeScope scope = ScopeOf(s, date);

            // A fronted adverbial covers the rest of the sentence: "Since September 2023, North Korea has sent …".
            if (s.IsChar(date.Last + 1, ',') && IsClauseStart(s, date.First))
            {
                bool any = false;
                for (int f = 0; f < figures.Count; f++)
                {
                    if (figures[f].First > date.Last && scopes[f] is null)
                    {
                        scopes[f] = scope;
                        any = true;
                    }
                }

                // Set off by commas after a clause ("The last time Orsa held a referendum, in 2011, only 48 percent
                // voted"), it also dates the clause before it: a claim of its own as well.
                usedDates[d] = any && !IsParenthetical(s, date);
                continue;
            }

            // The nearest figure before the date, in the same clause: "11,000 troops to Russia since October".
            int before = -1;
            for (int f = figures.Count - 1; f >= 0; f--)
            {
                if (figures[f].Last < date.First)
                {
                    before = f;
                    break;
                }
            }

            if (before >= 0 && scopes[before] is null && date.First - figures[before].Last <= 12 && !HasBreak(s, figures[before].Last + 1, date.First - 1)
                && !HasSubordinator(s, figures[before].Last + 1, date.First - 1))
            {
                scopes[before] = scope;
                usedDates[d] = true;
                continue;
            }

            // A date just before a figure: "last year transferred at least 100 ballistic missiles".
            for (int f = 0; f < figures.Count; f++)
            {
                if (figures[f].First > date.Last && figures[f].First - date.Last <= 4 && scopes[f] is null && !HasBreak(s, date.Last + 1, figures[f].First - 1))
                {
                    scopes[f] = scope;
                    usedDates[d] = true;
                    break;
                }
            }
        }
    }

    private static readonly Lexicon<bool> PassiveAuxiliaries = Lexicon.Set(
        "was", "were", "is", "are", "be", "been", "being", "had", "has", "have");

    /// <summary>
    /// Whether a date is the time of a verb in the passive or perfect right before it ("was founded in 1994",
    /// "had been completed in 1987"): then it dates that event, not a nearby figure.
    /// </summary>
    private static bool DatesAnEvent(TokenStream s, DatePhrase date)
    {
        int verb = date.First - 1;
        return date.Role == DateRole.Point && s.IsWord(verb) && s.IsWord(verb - 1) && s.InLexicon(verb - 1, PassiveAuxiliaries)
            && (IsVerbLike(s.Span(verb)) || s.InLexicon(verb, FunctionWords.NounPhraseStops)) && !s.InLexicon(verb, PassiveAuxiliaries);
    }

    private const int RecordWindow = 6;

    /// <summary>Words ending in "est" that are no superlative.</summary>
    private static readonly Lexicon<bool> NotSuperlatives = Lexicon.Set(
        "interest", "forest", "west", "request", "harvest", "protest", "contest", "test", "chest", "nest", "guest",
        "arrest", "suggest", "invest", "honest", "modest", "earnest", "manifest", "digest", "rest", "quest",
        "conquest", "priest", "vest", "crest", "inquest", "unrest", "northwest", "southwest", "midwest", "latest");

    /// <summary>
    /// Whether a "since" date measures a record named just before it ("the worst flooding since 1998", "their
    /// steepest one-day drop since 2020", "the highest since 1994"): it is then a claim of its own.
    /// </summary>
    private static bool DatesARecord(TokenStream s, DatePhrase date)
    {
        if (date.Role != DateRole.Since)
        {
            return false;
        }

        for (int i = date.First - 1, n = 0; i >= 0 && n < RecordWindow; i--, n++)
        {
            if (s.IsPunctuation(i) && !(s.IsDash(i) && s.Glued(i)))
            {
                return false;
            }

            ReadOnlySpan<char> w = s.Span(i);
            if (s.IsWord(i) && (s.Is(i, "most") || s.Is(i, "least") || s.Is(i, "best") || s.Is(i, "worst")
                || (w.Length > 4 && w.EndsWith("est", StringComparison.OrdinalIgnoreCase) && !NotSuperlatives.Contains(w))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Conjunctions that open a clause of their own: a date after one is not a figure's before it.</summary>
    private static readonly Lexicon<bool> Subordinators = Lexicon.Set(
        "after", "before", "when", "because", "while", "although", "though", "whereas", "once", "until", "if",
        "which", "who", "where", "unless");

    /// <summary>
    /// "the deadliest crash since 1994, when a collision near Sturla killed 22 people": the figures of a "when"
    /// clause right after a date happened at that date.
    /// </summary>
    private static void ScopeWhenClause(TokenStream s, DatePhrase date, List<Figure> figures, TimeScope?[] scopes)
    {
        if (!date.Resolved || !s.IsChar(date.Last + 1, ',') || !s.Is(date.Last + 2, "when") || date.Role is DateRole.Range)
        {
            return;
        }

        int end = date.Last + 3;
        while (s.InRange(end) && !(s.IsPunctuation(end) && !(s.IsDash(end) && s.Glued(end))))
        {
            end++;
        }

        int first = date.First + (s.IsWord(date.First) && !s.IsCapitalized(date.First) && !char.IsDigit(s.Span(date.First)[0]) ? 1 : 0);
        string text = s.Slice(first, date.Last);
        var at = new TimeScope(text, new DateRange(date.Start, date.Start), text.ToUpperInvariant(), 0);
        for (int f = 0; f < figures.Count; f++)
        {
            if (figures[f].First > date.Last + 2 && figures[f].Last < end && scopes[f] is null)
            {
                scopes[f] = at;
            }
        }
    }

    private static bool IsParenthetical(TokenStream s, DatePhrase date)
        => date.Role == DateRole.Point && !date.DayLevel && date.First >= 3 && s.IsChar(date.First - 1, ',') && s.IsChar(date.Last + 1, ',')
        && s.IsWord(date.First - 2);

    /// <summary>What may stand for "a year" in "a year earlier".</summary>
    private static readonly Lexicon<bool> OneYear = Lexicon.Set("a", "one", "the");

    /// <summary>
    /// The comparison base of a figure: "revenue of $4.2 billion for 2024, down from $4.9 billion a year earlier"
    /// states $4.9 billion for 2023. A figure followed by "a year earlier", "a year before", "the year before" or
    /// "the previous year" covers the year before the sentence's stated year; with no stated year, the words are
    /// kept unresolved, so that the figure is never taken for the same period as one with a stated year.
    /// </summary>
    private static void AttachComparisonYears(TokenStream s, List<Figure> figures, TimeScope?[] scopes)
    {
        for (int f = 0; f < figures.Count; f++)
        {
            int i = figures[f].Last + 1;
            int last;
            if (s.InLexicon(i, OneYear) && s.Is(i + 1, "year") && (s.Is(i + 2, "earlier") || s.Is(i + 2, "before")))
            {
                last = i + 2;
            }
            else if (s.Is(i, "the") && (s.Is(i + 1, "previous") || s.Is(i + 1, "prior")) && s.Is(i + 2, "year"))
            {
                last = i + 2;
            }
            else
            {
                continue;
            }

            if (scopes[f] is not null)
            {
                continue;
            }

            DateValue? year = null;
            foreach (TimeScope? other in scopes)
            {
                if (other?.Range is { Start: { Granularity: DateGranularity.Year } start, End: { } end } && start == end)
                {
                    year = start;
                    break;
                }
            }

            string text = s.Slice(i, last);
            scopes[f] = year is { } y
                ? new TimeScope(text, new DateRange(new DateValue(y.Year - 1), new DateValue(y.Year - 1)), text.ToUpperInvariant(), 0)
                : new TimeScope(text, null, text.ToUpperInvariant(), 0);
        }
    }

    private static bool IsClauseStart(TokenStream s, int first)
        => first == 0 || s.Is(first - 1, "that") || s.IsChar(first - 1, ',') || s.IsChar(first - 1, '"') || s.IsChar(first - 1, '“') || s.IsChar(first - 1, '‘') || s.IsChar(first - 1, '\'');

    private static bool HasSubordinator(TokenStream s, int from, int to)
    {
        for (int i = from; i <= to; i++)
        {
            if (s.InLexicon(i, Subordinators))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasBreak(TokenStream s, int from, int to)
    {
        for (int i = from; i <= to; i++)
        {
            if (s.IsPunctuation(i) && !s.IsDash(i))
            {
                return true;
            }

            if (s.IsDash(i) && !s.Glued(i))
            {
                return true;
            }
        }

        return false;
    }

    private static TimeScope ScopeOf(TokenStream s, DatePhrase date)
    {
        string text = s.Slice(date.First, date.Last);
        DateRange? range = date.Resolved ? RangeOf(date) : null;
        return new TimeScope(text, range, date.Expression, date.PartialMonth);
    }

    private static DateRange RangeOf(DatePhrase date) => date.Role switch
    {
        DateRole.Since => DateRange.Since(date.Start),
        DateRole.Until => new DateRange(null, date.Start),
        DateRole.Range => new DateRange(date.Start, date.End),
        _ => new DateRange(date.Start, date.Start),
    };

    private static ClaimValue ValueOf(DatePhrase date)
        => date.Role == DateRole.Point ? ClaimValue.FromDate(date.Start) : ClaimValue.FromDateRange(RangeOf(date));

    private const int DatelineReach = 4;

    /// <summary>A date at the head of a story, followed by the agency in parentheses and a dash: "KESSEL, Sept 17 (Capital Wire) --".</summary>
    private static bool IsDateline(TokenStream s, DatePhrase date)
    {
        if (date.First > DatelineReach || !s.IsChar(date.Last + 1, '('))
        {
            return false;
        }

        for (int i = date.Last + 2; s.InRange(i) && i <= date.Last + 8; i++)
        {
            if (s.IsChar(i, ')'))
            {
                return s.IsDash(i + 1);
            }
        }

        return false;
    }

    /// <summary>Names what a date dates: the words of its clause ("Russia vetoed a resolution").</summary>
    private static string DatedEvent(TokenStream s, DatePhrase date)
    {
        const int MaxWords = 8;
        int last = date.First - 1;
        int first = last + 1;
        int words = 0;
        for (int i = last; i >= 0 && words < MaxWords; i--)
        {
            if ((s.IsPunctuation(i) && !(s.IsDash(i) && s.Glued(i))) || s.InLexicon(i, FunctionWords.ClauseOpeners))
            {
                break;
            }

            first = i;
            if (s.IsWord(i) || s.IsNumber(i))
            {
                words++;
            }
        }

        if (words == 0 && IsParenthetical(s, date) && !(s.IsWord(date.Last + 2) && (IsVerbLike(s.Span(date.Last + 2)) || s.InLexicon(date.Last + 2, FunctionWords.NounPhraseStops))))
        {
            // "The last time Orsa held a referendum, in 2011, only ...": the clause before the comma (but in "after
            // Russia, in March 2024, vetoed a resolution" the aside sits between subject and verb: what follows).
            last = date.First - 2;
            first = last + 1;
            for (int i = last; i >= 0 && words < MaxWords && !(s.IsPunctuation(i) && !(s.IsDash(i) && s.Glued(i))); i--)
            {
                first = i;
                words += s.IsWord(i) || s.IsNumber(i) ? 1 : 0;
            }
        }

        if (words == 1 && SubjectOfAside(s, first) is { } subject)
        {
            // "The dam, completed in 1987 and ...", "The line, which opened in 1968, ...": the noun before the comma
            // and the verb of the aside.
            return string.Concat(subject, " ", s.Slice(first, last));
        }

        if (words < 2)
        {
            // The date opens its clause: "In March 2024, by vetoing a resolution, Russia …": name it from what follows.
            first = date.Last + 1;
            while (s.InRange(first) && s.IsPunctuation(first))
            {
                first++;
            }

            last = first - 1;
            words = 0;
            for (int i = first; s.InRange(i) && words < MaxWords; i++)
            {
                if ((s.IsPunctuation(i) && !(s.IsDash(i) && s.Glued(i))) || (i > first && s.InLexicon(i, FunctionWords.ClauseOpeners)))
                {
                    break;
                }

                last = i;
                words++;
            }
        }

        // "had been issuing reports" names the event as "issuing reports".
        while (first < last && s.InLexicon(first, Auxiliaries))
        {
            first++;
        }

        return last >= first ? s.Slice(first, last) : "date";
    }

    /// <summary>
    /// The noun phrase an aside describes, when the verb at <paramref name="verb"/> opens the aside: "The dam,
    /// completed", "The line, which opened": up to four words back from the comma, or <see langword="null"/>.
    /// </summary>
    private static string? SubjectOfAside(TokenStream s, int verb)
    {
        if (!s.IsWord(verb) || !(IsVerbLike(s.Span(verb)) || s.InLexicon(verb, FunctionWords.NounPhraseStops)))
        {
            return null;
        }

        int comma = s.Is(verb - 1, "which") || s.Is(verb - 1, "who") ? verb - 2 : verb - 1;
        if (!s.IsChar(comma, ','))
        {
            return null;
        }

        int last = comma - 1;
        int first = last + 1;
        for (int i = last; i >= 0 && i > last - 4 && s.IsWord(i); i--)
        {
            first = i;
        }

        return first <= last && !IsVerbLike(s.Span(last)) ? s.Slice(first, last) : null;
    }

    private static readonly Lexicon<bool> Auxiliaries = Lexicon.Set(
        "had", "has", "have", "been", "was", "were", "is", "are", "be", "being", "it", "they", "he", "she", "we",
        "which", "who", "that", "also", "then", "later", "first", "previously", "already");
}
