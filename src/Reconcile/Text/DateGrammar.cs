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
        return Prepositions.Contains(w) || (char.IsUpper(w[0]) && (MonthNames.Months.Contains(w) || MonthNames.Weekdays.Contains(w)))
            || w.Equals("yesterday", StringComparison.OrdinalIgnoreCase) || w.Equals("today", StringComparison.OrdinalIgnoreCase)
            || w.Equals("last", StringComparison.OrdinalIgnoreCase) || w.Equals("this", StringComparison.OrdinalIgnoreCase)
            || w.Equals("between", StringComparison.OrdinalIgnoreCase) || w.Equals("from", StringComparison.OrdinalIgnoreCase)
            || w.Equals("the", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Reads a dated expression starting at token <paramref name="i"/> (a preposition or the date itself).</summary>
    public static bool TryRead(TokenStream s, int i, DateOnly? published, bool resolvePast, out DatePhrase phrase)
    {
        phrase = default;
        bool between = s.Is(i, "between");
        bool from = s.Is(i, "from");
        if (between || from)
        {
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
            if (first.YearOnlyNumber && second.YearOnlyNumber && s.IsWord(second.Last + 1) && !s.IsCapitalized(second.Last + 1)
                && !FunctionWords.Stop.Contains(s.Span(second.Last + 1)) && !FunctionWords.NounPhraseStops.Contains(s.Span(second.Last + 1)))
            {
                return false;
            }

            bool resolved = first.Resolved && second.Resolved && second.Value.Last >= first.Value.First;
            phrase = new DatePhrase(i, second.Last, DateRole.Range, first.Value, second.Value, resolved, first.Expression + " TO " + second.Expression, 0, false);
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
            && s.IsWord(date.Last + 1) && !s.IsCapitalized(date.Last + 1) && !FunctionWords.Stop.Contains(s.Span(date.Last + 1)) && !FunctionWords.NounPhraseStops.Contains(s.Span(date.Last + 1)))
        {
            return false;
        }

        // A lone month name needs a preposition too: "May" is also a verb.
        if (date.MonthOnly && head == start && !s.InLexicon(start - 1, FunctionWords.DatePrepositions))
        {
            return false;
        }

        string expression = role == DateRole.Point ? date.Expression : role.ToString().ToUpperInvariant() + " " + date.Expression;
        bool dayLevel = date.Resolved ? date.Value.Granularity == DateGranularity.Day : date.Day > 0 || expression.Contains("WEEKDAY", StringComparison.Ordinal) || expression is "YESTERDAY" or "TODAY";
        phrase = new DatePhrase(start, date.Last, role, date.Value, default, date.Resolved, expression, date.Resolved ? 0 : date.Month, dayLevel);
        return true;
    }

    private record struct SingleDate(int Last, DateValue Value, bool Resolved, bool HasYear, int Month, int Day, string Expression, bool YearOnlyNumber, bool MonthOnly);

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

        if (char.IsUpper(w[0]) && MonthNames.Weekdays.TryGet(w, out int weekday))
        {
            return Weekday(s, i, i, weekday, 0, published, out date);
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

    private static bool Weekday(TokenStream s, int first, int at, int weekday, int shift, DateOnly? published, out SingleDate date)
    {
        string expression = string.Create(CultureInfo.InvariantCulture, $"{Shift(shift)} WEEKDAY {weekday}");
        if (published is not { } p)
        {
            date = new SingleDate(at, default, false, false, 0, 0, expression, false, false);
            return true;
        }

        int back = ((int)p.DayOfWeek - weekday + 7) % 7;
        DateOnly day = shift switch
        {
            1 => p.AddDays(back == 0 ? 7 : 7 - back),
            -1 => p.AddDays(-(back == 0 ? 7 : back)),
            _ => p.AddDays(-back),
        };
        _ = first;
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

        // "March 2024", "May of 2022"
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

        // A decade: "the 1990s"
        if (digits.Length == 4 && s.IsWord(i + 1) && s.Glued(i + 1) && s.Span(i + 1).Equals("s", StringComparison.Ordinal)
            && TryYearDigits(digits, out int decade) && decade % 10 == 0)
        {
            date = new SingleDate(i + 1, new DateValue(decade), true, true, 0, 0, string.Create(CultureInfo.InvariantCulture, $"{decade}S"), false, false);
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

    /// <summary>Whether the word after a four-digit number makes it a figure: a unit, a scale or percent ("1200 parts per million", "2000 tonnes").</summary>
    private static bool CountsSomething(TokenStream s, int j)
        => s.IsChar(j, '%') || (s.IsWord(j) && (UnitWords.Physical.Contains(s.Span(j)) || NumberWords.Scales.Contains(s.Span(j))
            || UnitWords.Percent.Contains(s.Span(j)) || UnitWords.Words.Contains(s.Span(j)) || s.Is(j, "parts") || s.Is(j, "per")));

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
