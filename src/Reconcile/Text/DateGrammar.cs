using System;
using System.Globalization;

namespace Reconcile.Text;

/// <summary>
/// A small hand-written grammar for dates, run at one candidate token: "29 May 2025", "May 29, 2025",
/// "March 2024", "2009", "2025-05-29", "the 1990s", "on Thursday", "last year", with "since", "between … and",
/// "from … to" and "until" around them. Relative expressions resolve against the publication date, to the
/// most recent past day; without a publication date they stay unresolved rather than guessed.
/// </summary>
internal static class DateGrammar
{
    private static readonly Lexicon<DateRole> Prepositions = new(new System.Collections.Generic.Dictionary<string, DateRole>
    {
        ["in"] = DateRole.Point, ["on"] = DateRole.Point, ["during"] = DateRole.Point, ["throughout"] = DateRole.Point,
        ["by"] = DateRole.Point, ["since"] = DateRole.Since, ["until"] = DateRole.Until, ["till"] = DateRole.Until,
        ["through"] = DateRole.Until, ["before"] = DateRole.Until, ["after"] = DateRole.Since,
    });

    public static bool IsCandidate(TokenStream s, int i)
    {
        Token t = s[i];
        if (t.Kind == TokenKind.Number)
        {
            return true;
        }

        if (t.Kind != TokenKind.Word)
        {
            return false;
        }

        ReadOnlySpan<char> w = s.Span(i);
        return Prepositions.Contains(w) || (char.IsUpper(w[0]) && (MonthNames.Months.Contains(w) || MonthNames.Weekdays.Contains(WithoutPossessive(w))))
            || w.Equals("yesterday", StringComparison.OrdinalIgnoreCase) || w.Equals("today", StringComparison.OrdinalIgnoreCase)
            || w.Equals("last", StringComparison.OrdinalIgnoreCase) || w.Equals("this", StringComparison.OrdinalIgnoreCase)
            || w.Equals("between", StringComparison.OrdinalIgnoreCase) || w.Equals("from", StringComparison.OrdinalIgnoreCase)
            || w.Equals("the", StringComparison.OrdinalIgnoreCase) || w.Equals("earlier", StringComparison.OrdinalIgnoreCase)
            || PeriodWords.Parts.Contains(w) || PeriodWords.Ordinals.Contains(w) || (PeriodWords.Letters.Contains(w) && char.IsUpper(w[0]));
    }

    /// <summary>
    /// A cheap test before <see cref="TryRead"/>: a number starts a date only with one, two or four digits, and a word
    /// only when what follows it can continue a date (a number, a month, a weekday, a period word).
    /// </summary>
    public static bool CouldStart(TokenStream s, int i)
    {
        Token t = s[i];
        if (t.Kind == TokenKind.Number)
        {
            if (t.Length == 4)
            {
                return s.Text[t.Start] is '1' or '2';
            }

            // A day: "29 May", "29th of May", "4-22 January".
            int after = s.IsWord(i + 1) && s.Glued(i + 1) && NumberWords.OrdinalSuffixes.Contains(s.Span(i + 1)) ? i + 2 : i + 1;
            return t.Length <= 2 && (s.IsDash(after) || s.Is(after, "of") || (s.IsCapitalized(after) && MonthNames.Months.Contains(s.Span(after))));
        }

        if (t.Kind != TokenKind.Word)
        {
            return false;
        }

        ReadOnlySpan<char> w = s.Span(i);
        if (MonthNames.Months.Contains(w) || MonthNames.Weekdays.Contains(WithoutPossessive(w)) || w.Equals("yesterday", StringComparison.OrdinalIgnoreCase)
            || w.Equals("today", StringComparison.OrdinalIgnoreCase) || PeriodWords.Letters.Contains(w))
        {
            return true;
        }

        // A preposition, "the", "last", "early", an ordinal: the next word decides.
        int next = i + 1;
        if (s.IsDash(next) && s.Glued(next))
        {
            next++;
        }

        if (!s.InRange(next))
        {
            return false;
        }

        if (s.IsNumber(next))
        {
            return true;
        }

        return s.IsWord(next) && DateContinuations.Contains(s.Span(next));
    }

    /// <summary>Words that can follow a preposition or "the" inside a date ("in the", "since last", "the early months").</summary>
    private static readonly Lexicon<bool> DateContinuations = BuildContinuations();

    private static Lexicon<bool> BuildContinuations()
    {
        var words = new System.Collections.Generic.List<string>
        {
            "the", "last", "this", "next", "yesterday", "today", "early", "late", "mid", "earlier", "year", "month", "week",
            "decade", "quarter", "half", "months", "of", "start", "end", "beginning", "middle",
        };
        words.AddRange(MonthNames.Months.Words);
        words.AddRange(MonthNames.Weekdays.Words);
        words.AddRange(PeriodWords.Ordinals.Words);
        words.AddRange(PeriodWords.Parts.Words);
        words.AddRange(PeriodWords.Letters.Words);
        return Lexicon.Set([.. words]);
    }

    /// <summary>Reads a dated expression starting at token <paramref name="i"/> (a preposition or the date itself).</summary>
    public static bool TryRead(TokenStream s, int i, DateOnly? published, bool resolvePast, out DatePhrase phrase)
    {
        phrase = default;
        bool between = s.Is(i, "between");
        bool from = s.Is(i, "from");
        if (between || from)
        {
            if (TryReadDayRange(s, i, between, published, resolvePast, out phrase))
            {
                return true;
            }

            if (!TryReadSingle(s, i + 1, published, resolvePast, out SingleDate first))
            {
                return false;
            }

            int join = first.Last + 1;
            if (s.IsChar(join, ','))
            {
                join++; // "between January 1, 2024, and April 30, 2025"
            }

            bool joined = between ? s.Is(join, "and") : s.Is(join, "to") || s.Is(join, "until") || s.Is(join, "through") || s.IsDash(join);
            if (!joined || !TryReadSingle(s, join + 1, published, resolvePast, out SingleDate second))
            {
                return false;
            }

            // "between March and October 2024": the first date takes the second's year.
            if (!first.HasYear && second.HasYear && second.Resolved && first.Month > 0)
            {
                int year = first.Month <= second.Value.Month || second.Value.Month == 0 ? second.Value.Year : second.Value.Year - 1;
                first = first with { Value = first.Day > 0 ? new DateValue(year, first.Month, first.Day) : new DateValue(year, first.Month), Resolved = true, HasYear = true };
            }

            // "from 1000 to 2000 hires": figures of something, not years.
            if (first.YearOnlyNumber && second.YearOnlyNumber && IsPluralAfter(s, second.Last + 1))
            {
                return false;
            }

            DateValue end = second.SpanEnd ?? second.Value;
            bool resolved = first.Resolved && second.Resolved && end.Last >= first.Value.First;
            phrase = new DatePhrase(i, second.Last, DateRole.Range, first.Value, end, resolved, first.Expression + " TO " + second.Expression, 0, false);
            return true;
        }

        DateRole role = DateRole.Point;
        int start = i;
        int head = i;
        if (s.IsWord(i) && Prepositions.TryGet(s.Span(i), out DateRole prepositionRole))
        {
            role = prepositionRole;
            head = i + 1;
        }

        if (!s.InRange(head) || !TryReadSingle(s, head, published, resolvePast, out SingleDate date))
        {
            return false;
        }

        // A bare year needs a preposition before it to count as a date ("in 2024", "since 2009").
        if (date.YearOnlyNumber && head == start && !s.InLexicon(start - 1, FunctionWords.DatePrepositions))
        {
            return false;
        }

        // "to 2000 hires", "and 1500 people": after a joining word, a noun makes the number a figure.
        if (date.YearOnlyNumber && head == start && (s.Is(start - 1, "to") || s.Is(start - 1, "and") || s.Is(start - 1, "or") || s.Is(start - 1, "of"))
            && IsNounAfter(s, date.Last + 1))
        {
            return false;
        }

        // "from 1000 to 2000 hires", read at its first figure: the plural after the second makes both figures
        // ("between 1600 and 1900 world temperatures dropped" stays a period).
        if (date.YearOnlyNumber && head == start && (s.Is(start - 1, "from") || s.Is(start - 1, "between"))
            && (s.Is(date.Last + 1, "to") || s.Is(date.Last + 1, "and") || s.IsDash(date.Last + 1)) && TryYear(s, date.Last + 2, out _) && IsPluralAfter(s, date.Last + 3))
        {
            return false;
        }

        // "an average of 1500", "a total of 2000": an amount, not the year of something.
        if (date.YearOnlyNumber && head == start && QuantityGrammar.AfterAmountOf(s, start))
        {
            return false;
        }

        // A lone month name needs a preposition too: "May" is also a verb.
        // Without one, a month capitalized as a name ("out February", "February was") still is one, unless it starts a
        // name ("April Ryan", "June Carter"), follows one, or is the subject of a reporting verb ("June said").
        if (date.MonthOnly && head == start && !s.InLexicon(start - 1, FunctionWords.DatePrepositions)
            && (s.Is(start, "May") || !s.IsCapitalized(start) || s.IsCapitalized(start + 1) || (s.IsCapitalized(start - 1) && !s.IsChar(start - 2, '.')) || s.Glued(start + 1)
                || s.Is(start + 1, "said") || s.Is(start + 1, "says") || s.Is(start + 1, "told") || s.Is(start + 1, "added") || s.Is(start + 1, "wrote")))
        {
            return false;
        }

        // "Oct. 2 to October 22", "in 2014 through 2018": a date, "to" and a date of the same kind make a range.
        if (role == DateRole.Point && date.SpanEnd is null && (!date.YearOnlyNumber || head > start)
            && (s.Is(date.Last + 1, "to") || s.Is(date.Last + 1, "through") || s.Is(date.Last + 1, "until") || (s.IsDash(date.Last + 1) && !s.Glued(date.Last + 1)))
            && TryReadSingle(s, date.Last + 2, published, resolvePast, out SingleDate to)
            && (to.HasYear || to.Day > 0) && (to.Day > 0) == (date.Day > 0) && (!to.YearOnlyNumber || head > start))
        {
            // "Oct. 2 to October 22, 2024": the first date takes the second's year.
            if (!date.HasYear && to.HasYear && to.Resolved && date.Month > 0)
            {
                int year = date.Month <= to.Value.Month ? to.Value.Year : to.Value.Year - 1;
                if (date.Day == 0 || IsValidDay(year, date.Month, date.Day))
                {
                    date = date with { Value = date.Day > 0 ? new DateValue(year, date.Month, date.Day) : new DateValue(year, date.Month), Resolved = true, HasYear = true };
                }
            }

            DateValue end = to.SpanEnd ?? to.Value;
            if (to.Resolved == date.Resolved && (!date.Resolved || end.Last >= date.Value.First))
            {
                phrase = new DatePhrase(start, to.Last, DateRole.Range, date.Value, end, date.Resolved, date.Expression + " TO " + to.Expression, 0, false);
                return true;
            }
        }

        string expression = role switch
        {
            DateRole.Point => date.Expression,
            DateRole.Since => string.Concat("SINCE ", date.Expression),
            DateRole.Until => string.Concat("UNTIL ", date.Expression),
            _ => string.Concat("RANGE ", date.Expression),
        };
        if (date.SpanEnd is { } spanEnd && date.Resolved)
        {
            // "the 1990s", "the third quarter of 2016", "last week": a span; "since the 1990s" starts where it starts.
            DatePhrase span = role switch
            {
                DateRole.Since => new DatePhrase(start, date.Last, DateRole.Since, date.Value, default, true, expression, 0, false),
                DateRole.Until => new DatePhrase(start, date.Last, DateRole.Until, spanEnd, default, true, expression, 0, false),
                _ => new DatePhrase(start, date.Last, DateRole.Range, date.Value, spanEnd, true, expression, 0, false),
            };
            phrase = span;
            return true;
        }

        bool dayLevel = date.Resolved ? date.Value.Granularity == DateGranularity.Day : date.Day > 0 || expression.Contains("WEEKDAY", StringComparison.Ordinal) || expression is "YESTERDAY" or "TODAY";
        phrase = new DatePhrase(start, date.Last, role, date.Value, default, date.Resolved, expression, date.Resolved ? 0 : date.Month, dayLevel);
        return true;
    }

    private record struct SingleDate(int Last, DateValue Value, bool Resolved, bool HasYear, int Month, int Day, string Expression, bool YearOnlyNumber, bool MonthOnly)
    {
        /// <summary>The last date of a span read as one expression ("the 1990s", "Q3 2016", "last week"), or null.</summary>
        public DateValue? SpanEnd { get; init; }
    }

    private static bool TryReadSingle(TokenStream s, int i, DateOnly? published, bool resolvePast, out SingleDate date)
    {
        date = default;
        if (!s.InRange(i))
        {
            return false;
        }

        if (s.IsNumber(i))
        {
            return TryReadNumeric(s, i, published, resolvePast, out date);
        }

        if (!s.IsWord(i))
        {
            return false;
        }

        ReadOnlySpan<char> w = s.Span(i);
        if (char.IsUpper(w[0]) && MonthNames.Months.TryGet(w, out int month))
        {
            return TryReadFromMonth(s, i, month, published, resolvePast, out date);
        }

        // "Tuesday's earthquake": the possessive dates what follows it as "on Tuesday" would.
        if (char.IsUpper(w[0]) && MonthNames.Weekdays.TryGet(WithoutPossessive(w), out int weekday))
        {
            return Weekday(s, i, i, weekday, 0, published, out date);
        }

        if (TryReadPeriodWords(s, i, published, resolvePast, out date))
        {
            return true;
        }

        if (s.Is(i, "the") && s.IsNumber(i + 1))
        {
            // "the 29th of May", "the 1990s"
            return TryReadNumeric(s, i + 1, published, resolvePast, out date);
        }

        if (s.Is(i, "yesterday") || s.Is(i, "today"))
        {
            int back = s.Is(i, "yesterday") ? 1 : 0;
            string expression = back == 1 ? "YESTERDAY" : "TODAY";
            date = published is { } p
                ? new SingleDate(i, DateValue.FromDate(p.AddDays(-back)), true, true, 0, 0, expression, false, false)
                : new SingleDate(i, default, false, false, 0, 0, expression, false, false);
            return true;
        }

        if (s.Is(i, "last") || s.Is(i, "this") || s.Is(i, "next"))
        {
            int shift = s.Is(i, "last") ? -1 : s.Is(i, "next") ? 1 : 0;
            int unit = i + 1;
            if (s.IsCapitalized(unit) && MonthNames.Weekdays.TryGet(s.Span(unit), out int day))
            {
                return Weekday(s, i, unit, day, shift, published, out date);
            }

            if (s.IsCapitalized(unit) && MonthNames.Months.TryGet(s.Span(unit), out int namedMonth))
            {
                string expression = string.Create(CultureInfo.InvariantCulture, $"{Shift(shift)} {namedMonth}");
                if (published is not { } pub)
                {
                    date = new SingleDate(unit, default, false, false, namedMonth, 0, expression, false, false);
                    return true;
                }

                int year = shift switch
                {
                    -1 => namedMonth < pub.Month ? pub.Year : pub.Year - 1,
                    1 => namedMonth > pub.Month ? pub.Year : pub.Year + 1,
                    _ => pub.Year,
                };
                date = new SingleDate(unit, new DateValue(year, namedMonth), true, true, namedMonth, 0, expression, false, false);
                return true;
            }

            if (s.Is(unit, "decade") && shift <= 0)
            {
                string decadeWords = shift == 0 ? "THIS DECADE" : "LAST DECADE";
                if (published is not { } inDecade)
                {
                    date = new SingleDate(unit, default, false, false, 0, 0, decadeWords, false, false);
                    return true;
                }

                int decadeStart = (inDecade.Year / 10 * 10) + (10 * shift);
                date = new SingleDate(unit, new DateValue(decadeStart), true, true, 0, 0, decadeWords, false, false) { SpanEnd = new DateValue(decadeStart + 9) };
                return true;
            }

            if (s.Is(unit, "week") && shift == -1)
            {
                // "last week": Monday to Sunday of the week before publication.
                if (published is not { } weekOf)
                {
                    date = new SingleDate(unit, default, false, false, 0, 0, "LAST WEEK", false, false);
                    return true;
                }

                DateOnly monday = weekOf.AddDays(-(((int)weekOf.DayOfWeek + 6) % 7) - 7);
                date = new SingleDate(unit, DateValue.FromDate(monday), true, true, 0, 0, "LAST WEEK", false, false) { SpanEnd = DateValue.FromDate(monday.AddDays(6)) };
                return true;
            }

            DateGranularity? granularity = s.Is(unit, "year") ? DateGranularity.Year : s.Is(unit, "month") ? DateGranularity.Month : null;
            if (granularity is null)
            {
                return false;
            }

            string words = string.Concat(Shift(shift), " ", granularity.Value.ToString().ToUpperInvariant());
            if (published is not { } when)
            {
                date = new SingleDate(unit, default, false, false, 0, 0, words, false, false);
                return true;
            }

            DateOnly shifted = granularity == DateGranularity.Year ? when.AddYears(shift) : when.AddMonths(shift);
            date = new SingleDate(unit, DateValue.FromDate(shifted, granularity.Value), true, true, 0, 0, words, false, false);
            return true;
        }

        return false;
    }

    private static string Shift(int shift) => shift switch { -1 => "LAST", 1 => "NEXT", _ => "THIS" };

    private static ReadOnlySpan<char> WithoutPossessive(ReadOnlySpan<char> w)
        => w.Length > 2 && w[^1] is 's' && w[^2] is '\'' or '’' ? w[..^2] : w;

    private static bool Weekday(TokenStream s, int first, int at, int weekday, int shift, DateOnly? published, out SingleDate date)
    {
        string expression = string.Create(CultureInfo.InvariantCulture, $"{Shift(shift)} WEEKDAY {weekday}");
        if (published is not { } p)
        {
            date = new SingleDate(at, default, false, false, 0, 0, expression, false, false);
            return true;
        }

        int back = ((int)p.DayOfWeek - weekday + 7) % 7;
        bool explicitThis = shift == 0 && s.Is(first, "this");
        DateOnly day = shift switch
        {
            1 => p.AddDays(back == 0 ? 7 : 7 - back),
            -1 => p.AddDays(-(back == 0 ? 7 : back)),
            _ when explicitThis => p.AddDays(-(((int)p.DayOfWeek + 6) % 7) + ((weekday + 6) % 7)), // "this Friday": in the week of publication
            _ => p.AddDays(-back),
        };
        date = new SingleDate(at, DateValue.FromDate(day), true, true, day.Month, day.Day, expression, false, false);
        return true;
    }

    private static bool TryReadFromMonth(TokenStream s, int i, int month, DateOnly? published, bool resolvePast, out SingleDate date)
    {
        date = default;
        int j = i + 1;
        if (s.IsChar(j, '.') && s.Glued(j))
        {
            j++; // "Jan."
        }

        // "May 29, 2025", "May 29th", "May 29"
        if (s.IsNumber(j) && TryDay(s, j, out int day, out int dayLast))
        {
            int k = dayLast + 1;
            if (s.IsChar(k, ','))
            {
                k++;
            }

            if (TryYear(s, k, out int year) && IsValidDay(year, month, day))
            {
                int last = k;
                if (s.IsChar(last + 1, ',') && !s.IsWord(last + 2))
                {
                    // keep a trailing comma out of the span
                }

                date = new SingleDate(last, new DateValue(year, month, day), true, true, month, day, string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}-{day:D2}"), false, false);
                return true;
            }

            return Yearless(dayLast, month, day, published, resolvePast, out date);
        }

        // "March 2024", "November, 2016", "May of 2022"
        if (s.IsChar(j, ',') && TryYear(s, j + 1, out int commaYear))
        {
            date = new SingleDate(j + 1, new DateValue(commaYear, month), true, true, month, 0, string.Create(CultureInfo.InvariantCulture, $"{commaYear:D4}-{month:D2}"), false, false);
            return true;
        }

        if (TryYear(s, j, out int monthYear))
        {
            date = new SingleDate(j, new DateValue(monthYear, month), true, true, month, 0, string.Create(CultureInfo.InvariantCulture, $"{monthYear:D4}-{month:D2}"), false, false);
            return true;
        }

        if (s.Is(j, "of") && TryYear(s, j + 1, out int ofYear))
        {
            date = new SingleDate(j + 1, new DateValue(ofYear, month), true, true, month, 0, string.Create(CultureInfo.InvariantCulture, $"{ofYear:D4}-{month:D2}"), false, false);
            return true;
        }

        if (!Yearless(i, month, 0, published, resolvePast, out date))
        {
            return false;
        }

        date = date with { MonthOnly = true };
        return true;
    }

    private static bool Yearless(int last, int month, int day, DateOnly? published, bool resolvePast, out SingleDate date)
    {
        string expression = day > 0
            ? string.Create(CultureInfo.InvariantCulture, $"--{month:D2}-{day:D2}")
            : string.Create(CultureInfo.InvariantCulture, $"--{month:D2}");
        if (published is { } p && resolvePast)
        {
            int year = month < p.Month || (month == p.Month && (day == 0 || day <= p.Day)) ? p.Year : p.Year - 1;
            for (int back = 0; back < 8 && day > 0 && !IsValidDay(year, month, day) && day <= DateTime.DaysInMonth(2024, month); back++)
            {
                year--; // "Feb 29" in a common year: the last leap year's
            }

            if (day == 0 || IsValidDay(year, month, day))
            {
                date = new SingleDate(last, day > 0 ? new DateValue(year, month, day) : new DateValue(year, month), true, false, month, day, expression, false, false);
                return true;
            }
        }

        if (day > 0 && day > DateTime.DaysInMonth(2024, month))
        {
            date = default;
            return false;
        }

        date = new SingleDate(last, default, false, false, month, day, expression, false, false);
        return true;
    }

    private static bool TryReadNumeric(TokenStream s, int i, DateOnly? published, bool resolvePast, out SingleDate date)
    {
        date = default;
        if (s.Glued(i) && (s.IsWord(i - 1) || s.IsNumber(i - 1)))
        {
            return false;
        }

        ReadOnlySpan<char> digits = s.Span(i);

        // ISO: 2025-05-29
        if (digits.Length == 4 && s.IsDash(i + 1) && s.Glued(i + 1) && s.IsNumber(i + 2) && s.Glued(i + 2) && s.Span(i + 2).Length == 2
            && s.IsDash(i + 3) && s.Glued(i + 3) && s.IsNumber(i + 4) && s.Glued(i + 4) && s.Span(i + 4).Length == 2)
        {
            ReadOnlySpan<char> iso = s.Text.AsSpan(s[i].Start, s[i + 4].End - s[i].Start);
            if (DateValue.TryParseIso(iso, out DateValue value))
            {
                date = new SingleDate(i + 4, value, true, true, value.Month, value.Day, value.ToIsoString(), false, false);
                return true;
            }

            return false;
        }

        // ISO month: 2016-11
        if (digits.Length == 4 && s.IsDash(i + 1) && s.Glued(i + 1) && s.IsNumber(i + 2) && s.Glued(i + 2) && s.Span(i + 2).Length == 2
            && !(s.IsDash(i + 3) && s.Glued(i + 3)) && TryYearDigits(digits, out int isoYear)
            && int.TryParse(s.Span(i + 2), NumberStyles.None, CultureInfo.InvariantCulture, out int isoMonth) && isoMonth is >= 1 and <= 12
            && !(s.IsWord(i + 3) && s.Glued(i + 3)))
        {
            date = new SingleDate(i + 2, new DateValue(isoYear, isoMonth), true, true, isoMonth, 0, string.Create(CultureInfo.InvariantCulture, $"{isoYear:D4}-{isoMonth:D2}"), false, false);
            return true;
        }

        // A span of years: "2014-2018", "2014-18", "2019–2021" (a season "2014-15" is read the same way).
        if (digits.Length == 4 && s.IsDash(i + 1) && s.Glued(i + 1) && s.IsNumber(i + 2) && s.Glued(i + 2) && TryYearDigits(digits, out int fromYear)
            && !(s.IsWord(i + 3) && s.Glued(i + 3)) && !(s.IsDash(i + 3) && s.Glued(i + 3)))
        {
            ReadOnlySpan<char> to = s.Span(i + 2);
            int toYear = to.Length == 4 && TryYearDigits(to, out int y4) ? y4
                : to.Length == 2 && int.TryParse(to, NumberStyles.None, CultureInfo.InvariantCulture, out int y2) ? (fromYear / 100 * 100) + y2 : 0;
            if (toYear > fromYear && toYear - fromYear < 100)
            {
                date = new SingleDate(i + 2, new DateValue(fromYear), true, true, 0, 0, string.Create(CultureInfo.InvariantCulture, $"{fromYear}-{toYear}"), false, false) { SpanEnd = new DateValue(toYear) };
                return true;
            }
        }

        // A decade: "the 1990s", from 1990 to 1999.
        if (digits.Length == 4 && s.IsWord(i + 1) && s.Glued(i + 1) && s.Span(i + 1).Equals("s", StringComparison.Ordinal)
            && TryYearDigits(digits, out int decade) && decade % 10 == 0)
        {
            date = new SingleDate(i + 1, new DateValue(decade), true, true, 0, 0, string.Create(CultureInfo.InvariantCulture, $"{decade}S"), false, false) { SpanEnd = new DateValue(decade + 9) };
            return true;
        }

        // "1 January 2024", "29th May", "the 29th of May 2025"
        if (TryDay(s, i, out int day, out int dayLast))
        {
            int m = dayLast + 1;
            if (s.Is(m, "of"))
            {
                m++;
            }

            if (s.IsCapitalized(m) && MonthNames.Months.TryGet(s.Span(m), out int month))
            {
                int y = m + 1;
                if (s.IsChar(y, '.') && s.Glued(y))
                {
                    y++;
                }

                if (s.IsChar(y, ','))
                {
                    y++;
                }

                if (TryYear(s, y, out int year) && IsValidDay(year, month, day))
                {
                    date = new SingleDate(y, new DateValue(year, month, day), true, true, month, day, string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}-{day:D2}"), false, false);
                    return true;
                }

                return Yearless(m, month, day, published, resolvePast, out date);
            }
        }

        if (TryYear(s, i, out int bare) && !CountsSomething(s, i + 1))
        {
            date = new SingleDate(i, new DateValue(bare), true, true, 0, 0, bare.ToString("D4", CultureInfo.InvariantCulture), true, false);
            return true;
        }

        return false;
    }

    /// <summary>
    /// Quarters, halves and parts of a period: "Q3 2016", "H1 2025", "the third quarter of 2016", "the first half of last
    /// year", "the first quarter" (of the publication year, or the year before when it has not started yet), "earlier this
    /// month" (from its first day to publication), "the early months of this year", "late 2023", "mid-2024" (a part is not
    /// resolved more finely than the period it is part of).
    /// </summary>
    private static bool TryReadPeriodWords(TokenStream s, int i, DateOnly? published, bool resolvePast, out SingleDate date)
    {
        date = default;

        // "Q3 2016", "H1 2025", "Q1"
        if (s.IsWord(i) && PeriodWords.Letters.TryGet(s.Span(i), out int months) && s.IsCapitalized(i) && s.IsNumber(i + 1) && s.Glued(i + 1)
            && int.TryParse(s.Span(i + 1), NumberStyles.None, CultureInfo.InvariantCulture, out int n) && n >= 1 && n <= 12 / months)
        {
            int last = i + 1;
            int year = 0;
            if (TryYear(s, last + 1, out int after))
            {
                year = after;
                last++;
            }

            return Part(last, months, n, year, published, out date);
        }

        // "the third quarter of 2016", "the first half", "first-quarter"
        int k = s.Is(i, "the") ? i + 1 : i;
        if (s.IsWord(k) && PeriodWords.Ordinals.TryGet(s.Span(k), out int ordinal))
        {
            int unit = s.IsDash(k + 1) && s.Glued(k + 1) ? k + 2 : k + 1;
            int spanMonths = s.Is(unit, "quarter") ? 3 : s.Is(unit, "half") ? 6 : 0;
            if (spanMonths == 0 || ordinal > 12 / spanMonths)
            {
                return false;
            }

            int last = unit;
            int year = 0;
            if (s.Is(unit + 1, "of") && TryReadSingle(s, unit + 2, published, resolvePast, out SingleDate of) && of.Resolved && of.Value.Granularity == DateGranularity.Year && of.SpanEnd is null)
            {
                year = of.Value.Year;
                last = of.Last;
            }
            else if (TryYear(s, unit + 1, out int bare))
            {
                year = bare;
                last = unit + 1;
            }
            else if (s.Is(unit + 1, "of") && (s.Is(unit + 2, "this") || s.Is(unit + 2, "last")) && s.Is(unit + 3, "year"))
            {
                date = new SingleDate(unit + 3, default, false, false, 0, 0, "PART OF YEAR", false, false);
                return true; // no publication date: unresolved
            }

            return Part(last, spanMonths, ordinal, year, published, out date);
        }

        // "earlier this month", "earlier this year": from the start of the period to publication.
        if (s.Is(i, "earlier") && s.Is(i + 1, "this") && (s.Is(i + 2, "month") || s.Is(i + 2, "year")))
        {
            bool month = s.Is(i + 2, "month");
            string words = month ? "EARLIER THIS MONTH" : "EARLIER THIS YEAR";
            if (published is not { } p)
            {
                date = new SingleDate(i + 2, default, false, false, 0, 0, words, false, false);
                return true;
            }

            DateValue from = month ? new DateValue(p.Year, p.Month, 1) : new DateValue(p.Year, 1, 1);
            date = new SingleDate(i + 2, from, true, true, 0, 0, words, false, false) { SpanEnd = DateValue.FromDate(p) };
            return true;
        }

        // "the early months of this year", "early 2024", "late last year", "mid-2024", "the end of 2023": the whole period.
        k = s.Is(i, "the") ? i + 1 : i;
        if (s.IsWord(k) && PeriodWords.Parts.TryGet(s.Span(k), out _) && (k > i || !s.Is(k, "first")))
        {
            int next = k + 1;
            if (s.IsDash(next) && s.Glued(next))
            {
                next++; // "mid-2024"
            }

            if (s.Is(next, "months") && s.Is(next + 1, "of"))
            {
                next += 2;
            }
            else if (s.Is(next, "of") && k > i)
            {
                next++; // "the end of 2023"
            }

            if (next > k + 1 || !s.Is(k, "last"))
            {
                if (TryReadSingle(s, next, published, resolvePast, out SingleDate whole) && (whole.Resolved || !whole.YearOnlyNumber)
                    && (whole.Value.Granularity != DateGranularity.Day || !whole.Resolved))
                {
                    date = whole with { Expression = "PART " + whole.Expression, YearOnlyNumber = false };
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The <paramref name="n"/>th span of <paramref name="months"/> months of a year (a quarter or a half); year 0 resolves against publication.</summary>
    private static bool Part(int last, int months, int n, int year, DateOnly? published, out SingleDate date)
    {
        int firstMonth = ((n - 1) * months) + 1;
        string words = string.Create(CultureInfo.InvariantCulture, $"PART {months}x{n}");
        if (year == 0)
        {
            if (published is not { } p)
            {
                date = new SingleDate(last, default, false, false, 0, 0, words, false, false);
                return true;
            }

            year = firstMonth <= p.Month ? p.Year : p.Year - 1;
        }

        date = new SingleDate(last, new DateValue(year, firstMonth), true, true, 0, 0, string.Create(CultureInfo.InvariantCulture, $"{year} {words}"), false, false)
        {
            SpanEnd = new DateValue(year, firstMonth + months - 1),
        };
        return true;
    }

    /// <summary>Day ranges in one month: "from 4 to 22 January, 1995", "between 4-22 January", "from 4 to January 22, 1995", "between 3 and 12 of September".</summary>
    private static bool TryReadDayRange(TokenStream s, int i, bool between, DateOnly? published, bool resolvePast, out DatePhrase phrase)
    {
        phrase = default;
        int d = i + 1;
        if (!TryDay(s, d, out int firstDay, out int dayLast) || (s.IsWord(dayLast + 1) && MonthNames.Months.Contains(s.Span(dayLast + 1))) || s.Is(dayLast + 1, "of"))
        {
            return false;
        }

        int join = dayLast + 1;
        bool joined = s.IsDash(join) || (between ? s.Is(join, "and") : s.Is(join, "to") || s.Is(join, "until") || s.Is(join, "through"));
        if (!joined || !TryReadSingle(s, join + 1, published, resolvePast, out SingleDate second) || second.Day == 0 || second.Month == 0 || firstDay >= second.Day)
        {
            return false;
        }

        if (!second.Resolved)
        {
            phrase = new DatePhrase(i, second.Last, DateRole.Range, default, default, false, string.Create(CultureInfo.InvariantCulture, $"{firstDay} TO {second.Expression}"), 0, false);
            return true;
        }

        DateValue end = second.Value;
        var start = new DateValue(end.Year, end.Month, firstDay);
        phrase = new DatePhrase(i, second.Last, DateRole.Range, start, end, true, string.Create(CultureInfo.InvariantCulture, $"{start.ToIsoString()} TO {end.ToIsoString()}"), 0, false);
        return true;
    }

    /// <summary>Whether the word after a four-digit number makes it a figure: a unit, a scale or percent ("1200 parts per million", "2000 tonnes").</summary>
    private static bool CountsSomething(TokenStream s, int j)
        => s.IsChar(j, '%') || (s.IsWord(j) && (UnitWords.Physical.Contains(s.Span(j)) || NumberWords.Scales.Contains(s.Span(j))
            || UnitWords.Percent.Contains(s.Span(j)) || UnitWords.Words.Contains(s.Span(j)) || UnitWords.Subunits.Contains(s.Span(j))
            || s.Is(j, "parts") || s.Is(j, "per"))) || QuantityGrammar.IsSpacedPence(s, j);

    /// <summary>Whether token <paramref name="j"/> is a lower-case plural noun: "hires", "people".</summary>
    internal static bool IsPluralAfter(TokenStream s, int j) => IsNounAfter(s, j) && MeasureWords.IsPlural(s.Span(j));

    /// <summary>Whether token <paramref name="j"/> is a lower-case word that can head what a figure counts ("hires", "people"), not a function word.</summary>
    internal static bool IsNounAfter(TokenStream s, int j)
        => s.IsWord(j) && !s.IsCapitalized(j) && !FunctionWords.Stop.Contains(s.Span(j)) && !FunctionWords.NounPhraseStops.Contains(s.Span(j));

    private static bool TryDay(TokenStream s, int i, out int day, out int last)
    {
        day = 0;
        last = i;
        ReadOnlySpan<char> digits = s.Span(i);
        if (!s.IsNumber(i) || digits.Length > 2 || !int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out day) || day is < 1 or > 31)
        {
            return false;
        }

        if (s.IsWord(i + 1) && s.Glued(i + 1))
        {
            if (!NumberWords.OrdinalSuffixes.Contains(s.Span(i + 1)))
            {
                return false;
            }

            last = i + 1;
        }

        return true;
    }

    private static bool TryYear(TokenStream s, int i, out int year)
    {
        year = 0;
        if (!s.IsNumber(i) || (s.IsWord(i + 1) && s.Glued(i + 1)) || (s.IsDash(i + 1) && s.Glued(i + 1) && s.IsNumber(i + 2) && s.Glued(i + 2)))
        {
            return false;
        }

        return TryYearDigits(s.Span(i), out year);
    }

    private static bool TryYearDigits(ReadOnlySpan<char> digits, out int year)
    {
        year = 0;
        return digits.Length == 4 && int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out year) && year is >= 1000 and <= 2999;
    }

    private static bool IsValidDay(int year, int month, int day) => day >= 1 && day <= DateTime.DaysInMonth(year, month);
}
