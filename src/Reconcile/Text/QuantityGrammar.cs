using System;
using System.Collections.Generic;
using System.Globalization;

namespace Reconcile.Text;

/// <summary>
/// A small hand-written grammar for figures, run at one candidate token: hedge, currency, digits or number
/// words, scale, range, unit. It looks a bounded number of tokens either side, so a sentence is read in
/// linear time whatever it holds. No regular expression is involved.
/// </summary>
internal static class QuantityGrammar
{
    private static readonly IReadOnlyList<(string[] Words, Hedge Hedge)> HedgesBefore = HedgeWords.Split(HedgeWords.Before);
    private static readonly IReadOnlyList<(string[] Words, Hedge Hedge)> HedgesAfter = HedgeWords.Split(HedgeWords.After);
    private static readonly string[] PerCent = ["per", "cent"];
    private static readonly string[] PercentagePoints = ["percentage", "points"];

    /// <summary>Whether a token could start a figure: a digit, a number word, a currency sign or a vague plural.</summary>
    public static bool IsCandidate(TokenStream s, int i)
    {
        Token t = s[i];
        return t.Kind switch
        {
            TokenKind.Number => true,
            TokenKind.Symbol => UnitWords.Signs.Contains(s.Span(i)),
            TokenKind.Word => NumberWords.Cardinals.Contains(s.Span(i)) || NumberWords.VaguePlurals.Contains(s.Span(i))
                || s.Is(i, "a") || s.Is(i, "an") || s.Is(i, "half") || s.Is(i, "tens") || (s.Is(i, "US") && s.IsChar(i + 1, '$')),
            _ => false,
        };
    }

    /// <summary>Reads a figure whose first number or sign is at token <paramref name="i"/>, with any hedge before it.</summary>
    public static bool TryRead(TokenStream s, int i, out QuantityMatch match)
    {
        match = default;
        int start = i;
        string? currency = null;

        // A currency sign: "$3 billion", "US$5m", "£115m".
        if (s.Is(i, "US") && s.IsChar(i + 1, '$') && s.Glued(i + 1))
        {
            currency = "USD";
            i += 2;
        }
        else if (s[i].Kind == TokenKind.Symbol && UnitWords.Signs.TryGet(s.Span(i), out string? code))
        {
            currency = code;
            i++;
        }

        if (!s.InRange(i))
        {
            return false;
        }

        if (currency is null && IsIdentifierContext(s, start))
        {
            return false;
        }

        Hedge hedge = Hedge.None;
        int hedgeFirst = -1;
        foreach ((string[] words, Hedge h) in HedgesBefore)
        {
            int first = s.MatchBefore(start, words);
            if (first >= 0)
            {
                hedge = h;
                hedgeFirst = first;
                break;
            }
        }

        bool vague;
        double value, step, high;
        int last;
        if (!TryReadNumber(s, i, currency is not null, ref currency, out value, out step, out last, out vague, out high, out Unit? physical))
        {
            return false;
        }

        // A bare year is a date, never a count ("in 2024", "the 2024 election").
        if (currency is null && hedge == Hedge.None && physical is null && !vague && IsYearLike(s, i, last))
        {
            return false;
        }

        // "one" and "a" alone are too ambiguous to be figures unless hedged or scaled.
        if (hedge == Hedge.None && last == i && s.IsWord(i) && (s.Is(i, "one") || s.Is(i, "a") || s.Is(i, "an")))
        {
            return false;
        }

        // A time of day or a score ("1:39", "3-1") is not a figure.
        if (s.IsChar(last + 1, ':') && s.IsNumber(last + 2))
        {
            return false;
        }

        // Ranges: "between 252 and 287", "from 10 to 20", "252-287".
        bool isRange = vague;
        if (!vague && (hedge == Hedge.None || hedgeFirst < 0))
        {
            bool between = s.Is(start - 1, "between");
            bool from = s.Is(start - 1, "from");
            int join = last + 1;
            bool joiner = (between && s.Is(join, "and")) || (from && (s.Is(join, "to") || s.Is(join, "until")))
                || (s.IsDash(join) && s.Glued(join) && s.Glued(join + 1)) || s.Is(join, "to");
            if (joiner && s.InRange(join + 1))
            {
                string? secondCurrency = currency;
                int second = join + 1;
                if (s[second].Kind == TokenKind.Symbol && UnitWords.Signs.Contains(s.Span(second)))
                {
                    second++;
                }

                if (s.InRange(second) && TryReadNumber(s, second, currency is not null, ref secondCurrency, out double value2, out _, out int last2, out bool vague2, out _, out Unit? physical2)
                    && !vague2 && value2 >= value && (physical2 is null || physical is null || physical2 == physical))
                {
                    // "between 2 and 3 million": the scale of the second figure applies to the first.
                    if (value2 >= 1e3 && value < 1e3 && value > 0 && Scale(value2) > 1 && IsScaleAfter(s, last2))
                    {
                        value *= Scale(value2);
                    }

                    if (between || from || s.IsDash(join) || (s.Is(join, "to") && (physical is not null || physical2 is not null || currency is not null)))
                    {
                        high = value2;
                        isRange = true;
                        physical ??= physical2;
                        last = last2;
                        if (between || from)
                        {
                            hedgeFirst = start - 1;
                        }
                    }
                }
            }
        }

        // Units after the figure: percent, currency words, physical units.
        Unit unit = Unit.Count;
        if (currency is not null)
        {
            unit = Unit.Currency(currency);
        }
        else if (physical is { } p)
        {
            unit = p;
        }

        int next = last + 1;
        if (currency is null && physical is null)
        {
            if (s.IsChar(next, '%'))
            {
                unit = Unit.Percent;
                last = next;
            }
            else if (s.MatchAt(next, PercentagePoints) is > 0 and int pp)
            {
                unit = new Unit(UnitDimension.Percent, "pp");
                last = pp;
            }
            else if (s.MatchAt(next, PerCent) is > 0 and int pc)
            {
                unit = Unit.Percent;
                last = pc;
            }
            else if (s.InLexicon(next, UnitWords.Percent))
            {
                unit = Unit.Percent;
                last = next;
            }
            else if (s.IsWord(next) && UnitWords.Words.TryGet(s.Span(next), out string? after))
            {
                unit = Unit.Currency(after);
                last = next;
            }
            else if (s.IsWord(next) && !s.Glued(next) && UnitWords.Physical.TryGet(s.Span(next), out Unit spaced))
            {
                unit = spaced;
                last = next;
            }
        }

        // Hedges after the figure: "100 or more".
        if (hedge == Hedge.None && !isRange)
        {
            foreach ((string[] words, Hedge h) in HedgesAfter)
            {
                int end = s.MatchAt(last + 1, words);
                if (end > 0)
                {
                    hedge = h;
                    last = end;
                    break;
                }
            }
        }

        // An adjectival compound: "29-page report", "10-year-old".
        int compound = -1;
        if (unit.Dimension == UnitDimension.Count && !isRange && s.IsDash(last + 1) && s.Glued(last + 1) && s.IsWord(last + 2) && s.Glued(last + 2))
        {
            compound = last + 2;
            last += 2;
            while (s.IsDash(last + 1) && s.Glued(last + 1) && s.IsWord(last + 2) && s.Glued(last + 2))
            {
                last += 2;
            }
        }

        bool relative = s.Is(start - 1, "another") || s.Is(start - 1, "additional") || s.Is(start - 1, "further")
            || s.Is(start - 1, "extra") || (hedgeFirst >= 0 && s.Is(hedgeFirst - 1, "another"));
        Quantity quantity = isRange
            ? Quantity.Between(value, Math.Max(value, high), unit)
            : new Quantity(value, hedge, unit, step);
        int firstToken = hedgeFirst >= 0 ? Math.Min(hedgeFirst, start) : start;
        if (relative && (s.Is(firstToken - 1, "another") || s.Is(firstToken - 1, "additional") || s.Is(firstToken - 1, "further") || s.Is(firstToken - 1, "extra")))
        {
            firstToken--; // "another 3,000" is the claim, not "3,000"
        }

        match = new QuantityMatch(firstToken, last, quantity, compound, relative);
        return true;
    }

    /// <summary>Reads a whole text as one figure, for <see cref="Quantity.Parse"/>.</summary>
    public static bool TryParseWhole(ReadOnlySpan<char> text, out Quantity quantity)
    {
        quantity = default;
        var s = new TokenStream();
        string copy = text.ToString();
        s.Reset(copy, new TextSpan(0, copy.Length));
        for (int i = 0; i < s.Count; i++)
        {
            if (IsCandidate(s, i) && TryRead(s, i, out QuantityMatch match))
            {
                if (match.First == 0 && match.Last == s.Count - 1)
                {
                    quantity = match.Quantity;
                    return true;
                }

                return false;
            }

            if (s.IsNumber(i))
            {
                return false;
            }
        }

        return false;
    }

    private static bool TryReadNumber(TokenStream s, int i, bool money, ref string? currency, out double value, out double step, out int last, out bool vague, out double high, out Unit? physical)
    {
        value = 0;
        step = 0;
        last = i;
        vague = false;
        high = 0;
        physical = null;
        if (s.IsNumber(i))
        {
            if (s.Glued(i) && (s.IsWord(i - 1) || s.IsNumber(i - 1)))
            {
                return false; // "UPI30", "G7": part of a name.
            }

            if (!TryParseDigits(s.Span(i), out value, out int decimals, out int trailingZeros))
            {
                return false;
            }

            double scale = 1;
            if (s.IsWord(i + 1) && s.Glued(i + 1))
            {
                ReadOnlySpan<char> suffix = s.Span(i + 1);
                if (NumberWords.OrdinalSuffixes.Contains(suffix))
                {
                    return false;
                }

                if (suffix.Equals("m", StringComparison.OrdinalIgnoreCase) && !money)
                {
                    physical = new Unit(UnitDimension.Length, "m");
                    last = i + 1;
                }
                else if (NumberWords.GluedScales.TryGet(suffix, out double glued))
                {
                    scale = glued;
                    last = i + 1;
                }
                else if (UnitWords.Physical.TryGet(suffix, out Unit unit))
                {
                    physical = unit;
                    last = i + 1;
                }
                else if (UnitWords.Words.TryGet(suffix, out string? code) && currency is null)
                {
                    currency = code;
                    last = i + 1;
                }
                else if (suffix.Equals("s", StringComparison.OrdinalIgnoreCase))
                {
                    return false; // a decade, "the 1990s": read by the date grammar.
                }
                else
                {
                    return false; // "3D", "5G": a name.
                }
            }
            else if (s.IsWord(i + 1) && NumberWords.Scales.TryGet(s.Span(i + 1), out double spaced) && spaced >= 1e3)
            {
                scale = spaced;
                last = i + 1;
            }

            value *= scale;
            step = scale > 1
                ? scale * Math.Pow(10, decimals > 0 ? -decimals : trailingZeros)
                : decimals == 0 && trailingZeros >= 2 ? Math.Pow(10, trailingZeros) : 0;
            return double.IsFinite(value);
        }

        if (!s.IsWord(i))
        {
            return false;
        }

        // Vague plurals: "hundreds of", "tens of thousands of".
        if (s.Is(i, "tens") && s.Is(i + 1, "of") && s.IsWord(i + 2) && NumberWords.VaguePlurals.TryGet(s.Span(i + 2), out (double Low, double High) tens) && s.Is(i + 3, "of"))
        {
            value = tens.Low * 10;
            high = (tens.High * 10) + 9;
            vague = true;
            last = i + 2;
            return true;
        }

        if (NumberWords.VaguePlurals.TryGet(s.Span(i), out (double Low, double High) plural) && s.Is(i + 1, "of"))
        {
            value = plural.Low;
            high = plural.High;
            if (s.Is(i + 2, "thousands") && s.Is(i + 3, "of"))
            {
                value *= 1e3;
                high = (high * 1e3) + 999;
                last = i + 2;
            }

            vague = true;
            return true;
        }

        return TryReadNumberWords(s, i, out value, out step, out last);
    }

    private static bool TryReadNumberWords(TokenStream s, int i, out double value, out double step, out int last)
    {
        value = 0;
        step = 0;
        last = i;
        double total = 0, current = 0;
        bool any = false;
        int j = i;
        if (s.Is(j, "half") && (s.Is(j + 1, "a") || s.Is(j + 1, "an")) && s.IsWord(j + 2) && NumberWords.Scales.TryGet(s.Span(j + 2), out double halfScale))
        {
            value = halfScale / 2;
            step = halfScale / 10;
            last = j + 2;
            return true;
        }

        if (s.Is(j, "a") || s.Is(j, "an"))
        {
            if (s.IsWord(j + 1) && NumberWords.Collectives.TryGet(s.Span(j + 1), out int collective))
            {
                value = collective;
                last = j + 1;
                return true;
            }

            if (!(s.IsWord(j + 1) && NumberWords.Scales.Contains(s.Span(j + 1))))
            {
                return false;
            }

            current = 1;
            any = true;
            j++;
        }

        while (s.IsWord(j))
        {
            ReadOnlySpan<char> word = s.Span(j);
            if (NumberWords.Cardinals.TryGet(word, out int cardinal))
            {
                current += cardinal;
                any = true;
                last = j;

                // "twenty-six"
                if (s.IsDash(j + 1) && s.Glued(j + 1) && s.IsWord(j + 2) && s.Glued(j + 2) && NumberWords.Cardinals.TryGet(s.Span(j + 2), out int unitWord) && unitWord < 10)
                {
                    current += unitWord;
                    j += 2;
                    last = j;
                }
            }
            else if (any && NumberWords.Scales.TryGet(word, out double scale))
            {
                if (scale == 100)
                {
                    current = Math.Max(current, 1) * 100;
                }
                else
                {
                    total += Math.Max(current, 1) * scale;
                    current = 0;
                }

                last = j;
            }
            else if (any && s.Is(j, "and") && s.IsWord(j + 1) && NumberWords.Cardinals.Contains(s.Span(j + 1)) && total + current >= 100)
            {
                // "one hundred and fifty"
            }
            else
            {
                break;
            }

            j++;
        }

        if (!any)
        {
            return false;
        }

        value = total + current;
        step = RoundStep(value);
        return true;
    }

    private static double RoundStep(double value)
    {
        if (value < 100 || value != Math.Floor(value))
        {
            return 0;
        }

        double step = 1;
        while (value % (step * 10) == 0 && step < 1e15)
        {
            step *= 10;
        }

        return step >= 100 ? step : 0;
    }

    private static double Scale(double value) => value >= 1e12 ? 1e12 : value >= 1e9 ? 1e9 : value >= 1e6 ? 1e6 : value >= 1e3 ? 1e3 : 1;

    private static bool IsScaleAfter(TokenStream s, int last) => s.IsWord(last) && (NumberWords.Scales.Contains(s.Span(last)) || NumberWords.GluedScales.Contains(s.Span(last)));

    internal static bool TryParseDigits(ReadOnlySpan<char> digits, out double value, out int decimals, out int trailingZeros)
    {
        value = 0;
        decimals = 0;
        trailingZeros = 0;
        int point = digits.IndexOf('.');
        ReadOnlySpan<char> whole = point >= 0 ? digits[..point] : digits;
        ReadOnlySpan<char> fraction = point >= 0 ? digits[(point + 1)..] : [];
        if (fraction.Contains('.') || fraction.Contains(','))
        {
            return false;
        }

        // Thousands separators must group by three: "11,000" is a figure, "1,2" is not.
        int comma = whole.IndexOf(',');
        if (comma >= 0)
        {
            if (comma == 0 || comma > 3)
            {
                return false;
            }

            for (int k = comma; k < whole.Length; k += 4)
            {
                if (whole[k] != ',' || k + 4 > whole.Length || whole.Slice(k + 1, 3).Contains(','))
                {
                    return false;
                }
            }
        }

        Span<char> buffer = stackalloc char[Math.Min(digits.Length, 64)];
        if (digits.Length > 64)
        {
            return false; // 1 MB of digits is not a figure.
        }

        int n = 0;
        foreach (char c in digits)
        {
            if (c != ',')
            {
                buffer[n++] = c;
            }
        }

        if (!double.TryParse(buffer[..n], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value))
        {
            return false;
        }

        decimals = fraction.Length;
        if (decimals == 0)
        {
            for (int k = whole.Length - 1; k >= 0 && whole[k] is '0' or ','; k--)
            {
                if (whole[k] == '0')
                {
                    trailingZeros++;
                }
            }

            if (value == 0)
            {
                trailingZeros = 0;
            }
        }

        return true;
    }

    private static bool IsYearLike(TokenStream s, int i, int last)
    {
        if (last != i || !s.IsNumber(i))
        {
            return false;
        }

        ReadOnlySpan<char> digits = s.Span(i);
        return digits.Length == 4 && int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out int year) && year is >= 1800 and <= 2100;
    }

    private static bool IsIdentifierContext(TokenStream s, int i)
    {
        // "Resolution 2397", "No. 10", "F-16", "COVID-19".
        if (s.InLexicon(i - 1, FunctionWords.IdentifierPrefixes) && s.IsCapitalized(i - 1))
        {
            return true;
        }

        if (s.IsChar(i - 1, '.') && s.Is(i - 2, "No"))
        {
            return true;
        }

        if (s.IsChar(i - 1, '#'))
        {
            return true;
        }

        // The minutes of a time of day or the second half of a score: "1:39", "3:1".
        if (s.IsChar(i - 1, ':') && s.Glued(i - 1) && s.Glued(i) && s.IsNumber(i - 2))
        {
            return true;
        }

        return s.IsDash(i - 1) && s.Glued(i - 1) && s.Glued(i) && (s.IsWord(i - 2) || s.IsNumber(i - 2));
    }
}
