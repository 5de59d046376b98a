using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace Reconcile.Evaluation;

/// <summary>
/// Microsoft Recognizers-Text English specs (MIT). "In scope" is English as news writes it: cardinal numbers
/// (digits with separators, decimals, negatives, number words, scale suffixes), one-sided and two-sided ranges
/// as news hedges them, percentages, money in the currencies of <c>UnitWords</c>, and lengths, masses, volumes,
/// areas and speeds; dates in every written order, relative dates resolved to the past, and periods.
/// Out of scope, with the reason printed: ordinals, fractions and scientific notation, spoken arithmetic
/// ("one over three", "two point five"), South Asian and space-grouped digit formats, comparison chains and
/// math symbols ("larger than 10 and smaller than 20", "&gt;= 30"), chat and scheduling phrasing (future dates,
/// durations, bare day numbers, holidays, weekends), and units news does not use (angles, bits, teaspoons).
/// A case passes when Reconcile finds exactly the expected values, in order.
/// </summary>
internal static class RecognizersSpecEvaluation
{
    private static readonly string[] NumberOut =
    [
        "^", "e1", "e+", "e-", "e6", "x10", " over ", " point ", "nought", "naught", "lakh", "crore", "/", "⅔", "¾", "⅙", "½",
        "out of", " in ", "eighth", "fifth", "fourth", "ninth", "thirtieth", "hundredth", "trillionth", "millionth",
        "dz", "doz", "1MM", "tln", "\u202f", "1 234", "40 000", "1 414", "423 0000", "12,34", "1.111,11", "1,3.", "5,00",
        "192.168", "SCP-", "{", "- 1", "- 10", "fifty - two", "fifty   two", "nrs.", "nr.", "G", " M",
    ];

    /// <summary>South Asian number words and digit grouping, out of scope in every file (as in the Number model).</summary>
    private static readonly string[] SouthAsian = ["lakh", "crore", "12,34,567"];

    private static readonly string[] RangeOut =
    [
        "or equal", "equal", "<", ">", "=", "~", "through", "tenth", "/", " in 5", "half", "quarter", "surpass", "exceed ",
        "and smaller", "and less", "and below", "and at least", "and greater", "and more", "and no", "higher", "lower",
        "larger", "bigger", "smaller", "or greater", "negative", "phone", "1995-01", "fourth", "k-20k",
    ];

    private static readonly string[] DateOut =
    [
        "next", "tomorrow", "coming", "upcoming", "following", "later", "ago", "from now", "within", "weekend", "week of",
        "day after", "day before", "rest of", "fortnight", "half", "christmas", "thanksgiving", "holiday", "mid", "/",
        "end of", "beginning of", "start of", "past ", "previous", "prior", "recent", "today", "tonight", "to date",
        "this week", "that week", "week", "days", "the day", "'s", "couple", " h1", " h2", "summer", "winter", "spring",
        "autumn", "fall", "now", "first friday", "first sunday", "second sunday", "third tuesday", "fifth", "friday the",
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty",
        "thirty", "first", "second", "third", "fourth", "tenth", "nineteen", "thousand", "hundred",
    ];

    /// <summary>Numeric dates other than ISO (day and month order is ambiguous): "21-04-2016", "3-7-2017", "Oct-2", "16. Nov.".</summary>
    private static bool NumericNonIso(string text)
    {
        string[] parts = text.Split(['-', '/', '.', ' '], StringSplitOptions.RemoveEmptyEntries);
        bool iso = text.Length >= 7 && char.IsAsciiDigit(text[0]) && text.Length > 4 && text[4] == '-' && text[..4].All(char.IsAsciiDigit) && text[5..].All(c => char.IsAsciiDigit(c) || c == '-');
        return !iso && (text.Contains('-', StringComparison.Ordinal) && parts.Length >= 2 && !text.StartsWith("between", StringComparison.Ordinal) && !text.StartsWith("from", StringComparison.Ordinal)
            || text.Contains(". ", StringComparison.Ordinal) && char.IsAsciiDigit(text[0]));
    }

    private static readonly string[] MonthsAndDays =
    [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    ];

    public static void Run(string specs, bool misses)
    {
        Console.WriteLine();
        Console.WriteLine("== Recognizers-Text English specs (recognizers-specs/Specs) ==");
        int pass = 0, total = 0;
        foreach (SpecModel model in Models())
        {
            (int p, int t) = RunModel(Path.Combine(specs, model.File), model, misses);
            pass += p;
            total += t;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"all in-scope cases: {pass}/{total} = {(total == 0 ? 0 : 100.0 * pass / total):0.0}%"));
    }

    private static IEnumerable<SpecModel> Models()
    {
        yield return new SpecModel
        {
            File = "Number/English/NumberModel.json",
            Exclude = (input, c) => Marker(input, NumberOut) ?? (Results(c).Any(r => r.GetProperty("Resolution").TryGetProperty("subtype", out JsonElement st) && st.GetString() is "fraction" or "power") ? "fraction or power" : null),
            Expected = c => Results(c).Select(r => Number(r.GetProperty("Resolution").GetProperty("value").GetString()!)),
            // The Number model reports no number that carries a measurement unit ("180ml", "29km"); money and counts it does.
            Found = (input, _) => Quantities(input).Where(q => q.Unit.Dimension is UnitDimension.Count or UnitDimension.Currency or UnitDimension.Percent or UnitDimension.Duration)
                .SelectMany(q => q.Hedge == Hedge.Between ? new[] { Number(q.Value), Number(q.High) } : new[] { Number(q.Value) }),
        };
        yield return new SpecModel
        {
            File = "Number/English/NumberRangeModel.json",
            Exclude = (input, _) => Marker(input, RangeOut, ignoreCase: true),
            Expected = c => Results(c).Select(r => Interval(r.GetProperty("Resolution").GetProperty("value").GetString()!)),
            Found = (input, _) => Quantities(input).Where(q => q.Hedge != Hedge.None).Select(Interval),
        };
        yield return new SpecModel
        {
            File = "Number/English/PercentModel.json",
            Exclude = (input, c) => Marker(input, ["percents of", "percent of", "per cent of", "http", "null", "minus"]) ?? (Results(c).Any(r => r.GetProperty("Resolution").GetProperty("value").ValueKind != JsonValueKind.String || r.GetProperty("Resolution").GetProperty("value").GetString() == "null") ? "a bare word 'percent'" : null),
            Expected = c => Results(c).Select(r => r.GetProperty("Resolution").GetProperty("value").GetString()!),
            Found = (input, _) => Quantities(input).Where(q => q.Unit.Dimension == UnitDimension.Percent).Select(q => Number(q.Value) + "%"),
        };
        yield return new SpecModel
        {
            File = "NumberWithUnit/English/CurrencyModel.json",
            Exclude = (input, c) => Marker(input, SouthAsian) ?? NoValue(c) ?? Results(c).Select(r => CurrencyCode(r) is null ? "currency not in UnitWords: " + r.GetProperty("Resolution").GetProperty("unit").GetString() : null).FirstOrDefault(x => x is not null),
            Expected = c => Results(c).Select(r => Number(r.GetProperty("Resolution").GetProperty("value").GetString()!) + " " + CurrencyCode(r)),
            Found = (input, _) => Quantities(input).Where(q => q.Unit.Dimension == UnitDimension.Currency).Select(q => Number(q.Value) + " " + q.Unit.Symbol),
        };
        yield return new SpecModel
        {
            File = "NumberWithUnit/English/DimensionModel.json",
            Exclude = (input, c) => Marker(input, SouthAsian) ?? NoValue(c) ?? Results(c).Select(r => DimensionSymbol(r) is null ? "unit news does not use: " + r.GetProperty("Resolution").GetProperty("unit").GetString() : null).FirstOrDefault(x => x is not null),
            Expected = c => Results(c).Select(r => Number(r.GetProperty("Resolution").GetProperty("value").GetString()!) + " " + DimensionSymbol(r)),
            Found = (input, _) => Quantities(input).Where(q => q.Unit.Dimension is not (UnitDimension.Count or UnitDimension.Currency or UnitDimension.Percent or UnitDimension.Duration)).Select(q => Number(q.Value) + " " + q.Unit.Symbol),
        };
        yield return new SpecModel
        {
            File = "DateTime/English/DateParser.json",
            Exclude = DateExclude,
            Expected = c => Results(c).Select(r => r.GetProperty("Value").GetProperty("PastResolution").GetProperty("date").GetString()!),
            Found = (input, reference) => Dates(input, reference).Select(v => v.Kind == ClaimValueKind.Date ? v.Date.First.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : v.ToString()),
        };
        yield return new SpecModel
        {
            File = "DateTime/English/DatePeriodParser.json",
            Exclude = DateExclude,
            Expected = c => Results(c).Select(r =>
            {
                JsonElement past = r.GetProperty("Value").GetProperty("PastResolution");
                string start = past.TryGetProperty("startDate", out JsonElement sd) ? sd.GetString()! : string.Empty;
                string end = past.TryGetProperty("endDate", out JsonElement ed) ? ed.GetString()! : string.Empty;
                return start + ".." + end;
            }),
            Found = (input, reference) => Dates(input, reference).Select(Period),
            Matches = PeriodMatches,
        };
    }

    private static string? DateExclude(string input, JsonElement c)
    {
        // Only what a date or period in news looks like; the text of each expected result decides.
        foreach (JsonElement r in Results(c))
        {
            string original = r.GetProperty("Text").GetString()!;
            string text = original.ToLowerInvariant();
            if (LowercaseMonth(original))
            {
                return "month or weekday name in lower case (chat)";
            }

            if (NewsDate(text))
            {
                continue;
            }

            if (Marker(text, DateOut) is { } marker)
            {
                return "scheduling, future, spelled-out or ordinal phrasing: " + marker.Trim();
            }

            if (System.Text.RegularExpressions.Regex.IsMatch(text, "^(\\w+ )?\\d{4},? ?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"))
            {
                return "year before month (not a news order)";
            }

            if (NumericNonIso(text))
            {
                return "numeric date other than ISO (order ambiguous)";
            }

            bool year = text.Split(' ', ',', '-').Any(w => w.Length == 4 && w.All(char.IsAsciiDigit));
            if (!year && Marker(text, MonthsAndDays) is null)
            {
                return "no month, weekday or year (bare day numbers)";
            }
        }

        return Results(c).Any() ? null : "negative case (chat phrasing)";
    }

    private static bool LowercaseMonth(string text)
    {
        foreach (string word in text.Split([' ', ',', '.', '-'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (char.IsLower(word[0]) && word.Length >= 3 && MonthsAndDays.Any(m => word.StartsWith(m, StringComparison.Ordinal))
                && !word.StartsWith("mar", StringComparison.Ordinal) is var _ && word is not ("may" or "march" or "sat" or "sun" or "wed") && MonthsAndDays.Contains(word[..3]))
            {
                return word.Length <= 3 || word is "june" or "july" or "sept" or "january" or "february" or "april" or "august" or "september" or "october" or "november" or "december"
                    || word.EndsWith("day", StringComparison.Ordinal);
            }
        }

        return false;
    }

    /// <summary>Dates that news writes and the task lists, even when they hold an excluded marker.</summary>
    private static bool NewsDate(string text)
        => text is "last year" or "this year" or "last month" or "this month" or "last week" or "earlier this month" or "yesterday"
        || text.StartsWith("the first quarter", StringComparison.Ordinal);

    private static (int Pass, int Total) RunModel(string path, SpecModel model, bool misses)
    {
        if (!File.Exists(path))
        {
            Console.WriteLine($"missing: {path}");
            return (0, 0);
        }

        using JsonDocument json = JsonDocument.Parse(File.ReadAllBytes(path).AsMemory().TrimStart("\uFEFF"u8.ToArray()));
        int pass = 0, total = 0, all = 0;
        var reasons = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (JsonElement c in json.RootElement.EnumerateArray())
        {
            all++;
            string input = c.GetProperty("Input").GetString()!;
            if (c.TryGetProperty("NotSupported", out JsonElement ns) && ns.GetString()!.Contains("dotnet", StringComparison.OrdinalIgnoreCase))
            {
                Count(reasons, "not supported by Recognizers-Text itself on .NET");
                continue;
            }

            string? reason = model.Exclude(input, c);
            if (reason is not null)
            {
                Count(reasons, reason.Length > 40 ? reason[..40] : reason);
                continue;
            }

            DateOnly? reference = c.TryGetProperty("Context", out JsonElement ctx) && ctx.TryGetProperty("ReferenceDateTime", out JsonElement rd)
                ? DateOnly.FromDateTime(DateTime.Parse(rd.GetString()!, CultureInfo.InvariantCulture))
                : null;
            string[] expected = [.. model.Expected(c)];
            string[] found = [.. model.Found(input, reference)];
            total++;
            if (expected.Length == found.Length && expected.Zip(found).All(p => model.Matches(p.First, p.Second)))
            {
                pass++;
            }
            else if (misses)
            {
                Console.WriteLine($"  FAIL {input}\n       expected [{string.Join(" | ", expected)}] found [{string.Join(" | ", found)}]");
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{model.File,-42} in scope {total,3}/{all,3}  pass {pass,3} = {(total == 0 ? 0 : 100.0 * pass / total),5:0.0}%"));
        if (misses)
        {
            foreach ((string reason, int n) in reasons)
            {
                Console.WriteLine($"     out of scope {n,3}: {reason}");
            }
        }

        return (pass, total);
    }

    private static string? NoValue(JsonElement c)
        => Results(c).Any(r => r.GetProperty("Resolution").GetProperty("value").ValueKind != JsonValueKind.String) ? "a unit with no value" : null;

    private static void Count(SortedDictionary<string, int> reasons, string reason)
        => reasons[reason] = reasons.TryGetValue(reason, out int n) ? n + 1 : 1;

    private static string? Marker(string input, string[] markers, bool ignoreCase = false)
    {
        foreach (string m in markers)
        {
            if (input.Contains(m, ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal))
            {
                return m;
            }
        }

        return null;
    }

    private static JsonElement.ArrayEnumerator Results(JsonElement c) => c.GetProperty("Results").EnumerateArray();

    private static IEnumerable<Quantity> Quantities(string input)
        => Recognizer.Recognize(input).Where(r => r.Value.Kind == ClaimValueKind.Quantity).Select(r => r.Value.Quantity);

    private static IEnumerable<ClaimValue> Dates(string input, DateOnly? reference)
        => Recognizer.Recognize(input, reference).Where(r => r.Value.Kind != ClaimValueKind.Quantity).Select(r => r.Value);

    private static string Number(string value) => Number(double.Parse(value, NumberStyles.Float, CultureInfo.InvariantCulture));

    private static string Number(double value) => Math.Round(value, 6).ToString("R", CultureInfo.InvariantCulture);

    /// <summary>Recognizers' interval notation, with a two-sided range's end inclusivity dropped: it writes "between 20 and 30" as [20,30), Reconcile as [20, 30].</summary>
    private static string Interval(string value)
    {
        string inner = value[1..^1];
        int comma = inner.IndexOf(',', StringComparison.Ordinal);
        string lo = inner[..comma], hi = inner[(comma + 1)..];
        if (lo.Length > 0 && hi.Length > 0)
        {
            return Number(lo) + ".." + Number(hi);
        }

        return lo.Length > 0 ? value[0] + Number(lo) + "," : "," + Number(hi) + value[^1];
    }

    private static string Interval(Quantity q)
    {
        NumericRange r = q.Hedge is Hedge.Nearly or Hedge.About ? NumericRange.Exactly(q.Value) : q.Range;
        if (r.Lower is { } lo && r.Upper is { } hi)
        {
            return Number(lo) + ".." + Number(hi);
        }

        return r.Lower is { } l ? (r.LowerInclusive ? "[" : "(") + Number(l) + "," : "," + Number(r.Upper ?? 0) + (r.UpperInclusive ? "]" : ")");
    }

    /// <summary>
    /// A found period as "start..end", where end lists the three ways Recognizers-Text writes the end of a period:
    /// the day after it (a month: "February" ends 03-01), its last day (a day range: "January 1st to April 5th"
    /// ends 04-05), or its first day (a range of years or months: "from 2014 to 2018" ends 2018-01-01).
    /// </summary>
    private static string Period(ClaimValue v)
    {
        static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        static string Ends(DateValue e, bool single)
            => single ? Day(e.Last.AddDays(1)) : string.Join("|", Day(e.Last.AddDays(1)), Day(e.Last), Day(e.First));
        if (v.Kind == ClaimValueKind.Date)
        {
            return Day(v.Date.First) + ".." + Ends(v.Date, single: true);
        }

        DateRange range = v.DateRange;
        return (range.Start is { } s ? Day(s.First) : string.Empty) + ".." + (range.End is { } e ? Ends(e, single: false) : string.Empty);
    }

    private static bool PeriodMatches(string expected, string found)
    {
        int dots = expected.IndexOf("..", StringComparison.Ordinal);
        int foundDots = found.IndexOf("..", StringComparison.Ordinal);
        return dots >= 0 && foundDots >= 0
            && string.Equals(expected[..dots], found[..foundDots], StringComparison.Ordinal)
            && found[(foundDots + 2)..].Split('|').Contains(expected[(dots + 2)..], StringComparer.Ordinal);
    }

    private static string? CurrencyCode(JsonElement r)
    {
        JsonElement res = r.GetProperty("Resolution");
        if (res.TryGetProperty("isoCurrency", out JsonElement iso))
        {
            return iso.GetString() is "USD" or "EUR" or "GBP" or "JPY" or "CNY" or "INR" or "CAD" or "AUD" or "HKD" or "NZD" or "CHF" or "KRW" or "RUB" ? iso.GetString() : null;
        }

        return res.GetProperty("unit").GetString() switch
        {
            "Dollar" => "USD",
            "Pound" => "GBP",
            "Euro" => "EUR",
            "Cent" => "cent",
            "Pence" or "Penny" => "GBX",
            "Rupee" => "INR",
            _ => null,
        };
    }

    private static string? DimensionSymbol(JsonElement r) => r.GetProperty("Resolution").GetProperty("unit").GetString() switch
    {
        "Foot" => "ft",
        "Meter" => "m",
        "Mile" => "mi",
        "Inch" => "in",
        "Kilometer" => "km",
        "Millimeter" => "mm",
        "Decimeter" => "dm",
        "Pound" => "lb",
        "Ton" or "Metric ton" => "t",
        "Kilogram" => "kg",
        "Gram" => "g",
        "Microgram" => "µg",
        "Ounce" => "oz",
        "Gallon" => "gal",
        "Barrel" => "barrel",
        "Milliliter" => "ml",
        "Cubic foot" => "ft³",
        "Square meter" => "m²",
        "Square kilometer" => "km²",
        "Acre" => "acre",
        "Kilometer per hour" => "km/h",
        "Mile per hour" => "mph",
        _ => null,
    };
}
