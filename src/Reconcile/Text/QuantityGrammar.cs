using System;
using System.Globalization;

namespace Reconcile.Text;

/// <summary>
/// A small hand-written grammar for figures, run at one candidate token: hedge, currency, sign, digits or number
/// words, scale, unit, range, unit again. It looks a bounded number of tokens either side, so a sentence is read in
/// linear time whatever it holds. No regular expression is involved.
/// </summary>
internal static class QuantityGrammar
{
    private static readonly PhraseIndex<Hedge> HedgesBefore = new(HedgeWords.Split(HedgeWords.Before), byLastWord: true);
    private static readonly PhraseIndex<Hedge> HedgesAfter = new(HedgeWords.Split(HedgeWords.After), byLastWord: false);
    private static readonly PhraseIndex<Unit> UnitPhrases = new(UnitWords.Phrases, byLastWord: false);
    private static readonly string[] PerCent = ["per", "cent"];
    private static readonly string[] PercentagePoints = ["percentage", "points"];
    private static readonly string[] PercentagePoint = ["percentage", "point"];

    /// <summary>Whether a token could start a figure: a digit, a number word, a currency sign or code, a vague plural.</summary>
    public static bool IsCandidate(TokenStream s, int i)
    {
        Token t = s[i];
        return t.Kind switch
        {
            TokenKind.Number => true,
            TokenKind.Symbol => UnitWords.Signs.Contains(s.Span(i)),
            TokenKind.Punctuation => s.IsDash(i) || s.IsChar(i, '.'),
            TokenKind.Word => NumberWords.Cardinals.Contains(s.Span(i)) || NumberWords.VaguePlurals.Contains(s.Span(i))
                || NumberWords.Negative.Contains(s.Span(i)) || NumberWords.Fractions.Contains(s.Span(i))
                || s.Is(i, "a") || s.Is(i, "an") || s.Is(i, "tens") || IsPrefixCode(s, i) || IsMillionCode(s, i) || IsFoldedSign(s, i)
                || (s.IsChar(i + 1, '$') && (UnitWords.DollarCountries.Contains(s.Span(i)) || (s.Glued(i + 1) && UnitWords.Words.Contains(s.Span(i))))),
            _ => false,
        };
    }

    /// <summary>Reads a figure whose first number, sign or code is at token <paramref name="i"/>, with any hedge before it.</summary>
    public static bool TryRead(TokenStream s, int i, out QuantityMatch match)
    {
        match = default;
        int start = i;
        if (!TryReadCurrency(s, ref i, out string? currency, out double currencyScale))
        {
            return false;
        }

        // A sign: "-5 yards", "minus 387", "minus-130 degrees", "$-50.8bn"; a bare decimal point: ".500", ".001 per cent".
        bool negative = false;
        double fractionPoint = 1;
        if (currency is null && (s.IsDash(i) || s.InLexicon(i, NumberWords.Negative))
            && (s.IsNumber(i + 1) || (s.IsWord(i) && s.InLexicon(i + 1, NumberWords.Cardinals)))
            && (s.IsWord(i) || (s.Glued(i + 1) && (!s.Glued(i) || s.InLexicon(i - 1, NumberWords.Negative)))))
        {
            negative = true;
            i++;
        }
        else if (currency is not null && currencyScale == 1 && s.IsDash(i) && s.Glued(i) && s.IsNumber(i + 1) && s.Glued(i + 1))
        {
            negative = true; // "$-50.8bn"
            i++;
        }
        else if (currency is null && s.IsChar(i, '.') && s.IsNumber(i + 1) && s.Glued(i + 1) && !s.Glued(i) && s.Span(i + 1).IndexOfAny(',', '.') < 0)
        {
            fractionPoint = Math.Pow(10, -s.Span(i + 1).Length);
            i++;
        }
        else if (s.IsDash(i) || s.IsChar(i, '.'))
        {
            return false;
        }

        if (!s.InRange(i) || (currency is null && IsIdentifierContext(s, start)))
        {
            return false;
        }

        if (!TryReadNumber(s, i, currency is not null, ref currency, out double value, out double step, out int last, out bool vague, out double high, out Unit? physical))
        {
            return false;
        }

        int hedgeFirst = HedgesBefore.MatchBefore(s, start, out Hedge hedge);
        if (hedgeFirst < 0)
        {
            hedge = Hedge.None;
        }
        else if (hedge == Hedge.UpTo && s.Is(hedgeFirst, "up") && (s.Is(hedgeFirst - 1, "lead") || s.Is(hedgeFirst - 1, "run")
            || (s.IsDash(hedgeFirst - 1) && (s.Is(hedgeFirst - 2, "lead") || s.Is(hedgeFirst - 2, "run")))))
        {
            hedge = Hedge.None; // "the run-up to 2,000", "the lead up to 3G": a time before, not a ceiling
            hedgeFirst = -1;
        }

        if (hedge == Hedge.None && s.IsDash(start - 1) && s.Glued(start) && s.Glued(start - 1))
        {
            foreach ((string prefix, Hedge h) in HedgeWords.Prefixes)
            {
                if (s.Is(start - 2, prefix))
                {
                    hedge = h;
                    hedgeFirst = start - 2;
                }
            }
        }

        value *= fractionPoint * currencyScale;
        if (negative)
        {
            value = -value;
        }

        // A bare year is a date, never a count ("in 2024", "the 2024 election"), unless a range makes it a figure ("1000 - 5000")
        // or it is the amount of "an average of 2000".
        bool yearLike = currency is null && hedge == Hedge.None && physical is null && !vague && !negative && IsYearLike(s, i, last) && !AfterAmountOf(s, start);

        // "a" and "one" alone are counts only where "one" is a number, not a pronoun ("one of the people", not "the one").
        if (hedge == Hedge.None && last == i && s.IsWord(i) && (s.Is(i, "a") || s.Is(i, "an") || (s.Is(i, "one") && !negative && !IsCountingOne(s, i))))
        {
            return false;
        }

        // A time of day, a score or a ratio ("1:39", "3:1") is not a figure.
        if (s.IsChar(last + 1, ':') && s.IsNumber(last + 2))
        {
            return false;
        }

        // A vote or a ratio: "a 6-to-3 ruling", "a 2-to-1 margin" (the second figure not above the first).
        if (currency is null && physical is null && last == i && s.IsNumber(last) && IsGluedTo(s, last + 1) && s.IsNumber(last + 4) && s.Glued(last + 4)
            && TryParseDigits(s.Span(last + 4), out double against, out _, out _) && against <= value)
        {
            return false;
        }

        // A score: "2-1", "89-89", "9-2 lead" (small whole numbers, the second not above the first).
        if (currency is null && physical is null && s.IsNumber(last) && last == i && s.IsDash(last + 1) && s.Glued(last + 1) && s.IsNumber(last + 2) && s.Glued(last + 2)
            && s.Span(last).Length <= 2 && s.Span(last + 2).Length <= 2
            && int.TryParse(s.Span(last + 2), NumberStyles.None, CultureInfo.InvariantCulture, out int second) && second <= value && (!s.Glued(last + 3) || s.IsPunctuation(last + 3)))
        {
            return false;
        }

        // The unit right after the first figure: "5%", "1 per cent", "15kHz", "40 million euros".
        Unit? unit = currency is not null ? Unit.Currency(currency) : physical;
        int unitLast = last;
        if (currency is null && physical is null && IsMillionCode(s, last + 1))
        {
            unit = Unit.Currency(UnitWords.MillionCodes.TryGet(s.Span(last + 1), out string? millions) ? millions : "USD"); // "30 MUSD"
            value *= 1e6;
            step = Math.Max(step, 1e6);
            unitLast = last + 1;
        }
        else if (currency is null && physical is null && TryReadUnit(s, last + 1, value, NumberWords.Scales.Contains(s.Span(last)) || step >= 1e6, out Unit after, out int afterLast))
        {
            unit = after;
            unitLast = afterLast;

            // "75 USD million": a currency code, then the scale.
            if (after.Dimension == UnitDimension.Currency && afterLast == last + 1 && s.Span(afterLast).Length == 3 && IsAllUpper(s.Span(afterLast))
                && s.IsWord(afterLast + 1) && NumberWords.Scales.TryGet(s.Span(afterLast + 1), out double codeScale) && codeScale >= 1e3)
            {
                value *= codeScale;
                step = Math.Max(step, codeScale);
                unitLast = afterLast + 1;
            }
        }

        if (unitLast > last && s.IsWord(unitLast) && s.IsNumber(unitLast + 1) && s.Glued(unitLast + 1) && s.Span(unitLast + 1) is not ("2" or "3"))
        {
            return false; // "24703 m212": a code, not a figure and a unit
        }

        last = unitLast;
        if (unit is { } measured && Squared(s, last, measured) is { } area)
        {
            unit = area; // "190 km2", "24703m2"
            last++;
        }

        // "5 ft 2 in", "5 feet and 2 inches": one length, in feet.
        if (unit is { Dimension: UnitDimension.Length, Symbol: "ft" })
        {
            int k = s.Is(last + 1, "and") ? last + 2 : last + 1;
            if (s.IsNumber(k) && TryParseDigits(s.Span(k), out double inches, out _, out _) && inches < 12
                && (s.Is(k + 1, "in") || s.Is(k + 1, "inch") || s.Is(k + 1, "inches")) && !s.IsWord(k + 2) | s.Is(k + 1, "inches") | s.Is(k + 2, "more") | s.Is(k + 2, "tall"))
            {
                value += inches / 12;
                last = k + 1;
            }
        }

        // "3 dollars 50 cents", "thirteen dollars and forty-five cents": one amount.
        if (unit is { Dimension: UnitDimension.Currency } money && s.IsWord(last) && UnitWords.Words.Contains(s.Span(last)))
        {
            int k = s.Is(last + 1, "and") ? last + 2 : last + 1;
            string? none = null;
            if ((s.IsNumber(k) || s.IsWord(k)) && TryReadNumber(s, k, false, ref none, out double cents, out _, out int centsLast, out bool vagueCents, out _, out _)
                && !vagueCents && cents is > 0 and < 100 && cents == Math.Floor(cents))
            {
                if (s.InLexicon(centsLast + 1, UnitWords.Subunits))
                {
                    value += cents / 100;
                    last = centsLast + 1;
                }
                else if ((s.IsWord(k) || s.Span(k).Length == 2) && EndsAmount(s, centsLast + 1))
                {
                    value += cents / 100; // "15 dollars 50", "17 USD 25", "thirteen dollars forty five": the cents, unnamed
                    last = centsLast;
                }

                _ = money;
            }
        }

        // Ranges: "between 252 and 287", "from 10 to 20", "252-287", "5% to 10%", "four to five thousand people".
        bool isRange = vague;
        int firstLast = last;
        if (!vague && (hedge == Hedge.None || hedgeFirst < 0 || hedge is Hedge.About or Hedge.Between))
        {
            if (TryReadRangeEnd(s, start, hedgeFirst, last, value, unit, ref currency, out double value2, out Unit? unit2, out int last2, out bool joinedByWords, out bool scaled2))
            {
                // "between 2 and 3 million": the scale of the second figure applies to the first.
                if (value2 >= 1e3 && value < 1e3 && value > 0 && Scale(value2) > 1 && value * Scale(value2) <= value2 && scaled2)
                {
                    value *= Scale(value2);
                }

                if (value2 >= value)
                {
                    high = value2;
                    isRange = true;
                    unit ??= unit2;
                    last = last2;
                    if (joinedByWords)
                    {
                        hedgeFirst = start - 1;
                    }
                }
            }
        }

        // A unit makes a year-like number a figure ("1950 km", "2000 pence"), except "in 2020 dollars"; so does a
        // plural after a range ("from 1990 to 2000 hires").
        // "from 24.2 to 33-35 billion euros": a change to a range, read as two figures; the first takes the range's
        // scale and unit, as "between 2 and 3 million" shares its scale.
        if (!isRange && !vague && unit is null && s.Is(start - 1, "from") && s.Is(last + 1, "to") && IsNestedRange(s, last + 2)
            && TryRead(s, last + 2, out QuantityMatch changeTo) && changeTo.Quantity.Hedge == Hedge.Between)
        {
            double low = changeTo.Quantity.Value;
            if (value > 0 && value < 1e3 && low >= 1e3 && value * Scale(low) <= changeTo.Quantity.High && EndsInScale(s, changeTo.Last) | s.IsWord(changeTo.Last))
            {
                _ = TryParseDigits(s.Span(last), out _, out int decimals, out _);
                step = Scale(low) * Math.Pow(10, -decimals);
                value *= Scale(low);
            }

            unit = changeTo.Quantity.Unit.Dimension == UnitDimension.Count && changeTo.Quantity.Unit.Symbol.Length == 0 ? null : changeTo.Quantity.Unit;
        }

        if (yearLike && (!isRange || (IsYearLike(s, last, last) && !DateGrammar.IsPluralAfter(s, last + 1)))
            && (unit is null || (unit.Value.Dimension == UnitDimension.Currency && s.Is(start - 1, "in"))))
        {
            return false;
        }

        // Hedges after the figure: "100 or more" (and "about 500 or more", where the bound is what counts).
        if (hedge is Hedge.None or Hedge.About && !isRange)
        {
            int end = HedgesAfter.MatchAt(s, last + 1, out Hedge h);
            if (end > 0 && (hedge == Hedge.None || h != Hedge.About))
            {
                hedge = h;
                last = end;
            }
        }

        // An adjectival compound: "29-page report", "10-year-old", and of a range written as one word, "0-to-60-mph".
        int compound = -1;
        Unit finalUnit = unit ?? Unit.Count;
        if (finalUnit.Dimension == UnitDimension.Count && finalUnit.Symbol.Length == 0 && (!isRange || IsOneWord(s, start, last) || IsSuspendedHyphen(s, firstLast)) && s.IsDash(last + 1) && s.Glued(last + 1) && s.IsWord(last + 2) && s.Glued(last + 2))
        {
            if (UnitWords.Physical.TryGet(s.Span(last + 2), out Unit compoundUnit) && compoundUnit.Dimension != UnitDimension.Duration)
            {
                finalUnit = compoundUnit; // "six-mile trip", "155-mm"
                last += 2;
            }
            else if (UnitWords.Subunits.TryGet(s.Span(last + 2), out compoundUnit))
            {
                finalUnit = compoundUnit; // "a 12-cent dividend"
                last += 2;
            }
            else if (UnitWords.Words.TryGet(s.Span(last + 2), out string? compoundCurrency) && compoundCurrency is not ("KRW" or "ZAR"))
            {
                finalUnit = Unit.Currency(compoundCurrency); // "a one-yen bid"
                last += 2;
            }
            else
            {
                compound = last + 2;
                last += 2;
                while (s.IsDash(last + 1) && s.Glued(last + 1) && s.IsWord(last + 2) && s.Glued(last + 2))
                {
                    last += 2;
                }
            }
        }

        bool relative = s.InLexicon(start - 1, FunctionWords.RelativeMarkers) && !s.Is(start - 1, "more") && !s.Is(start - 1, "other")
            || (hedgeFirst >= 0 && s.Is(hedgeFirst - 1, "another"));
        Quantity quantity = isRange
            ? Quantity.Between(value, Math.Max(value, high), finalUnit, approximate: hedge == Hedge.About && hedgeFirst >= 0 && hedgeFirst < start && !vague)
            : new Quantity(value, hedge, finalUnit, step);
        int firstToken = hedgeFirst >= 0 ? Math.Min(hedgeFirst, start) : start;
        if (relative && s.InLexicon(firstToken - 1, FunctionWords.RelativeMarkers) && !s.Is(firstToken - 1, "more") && !s.Is(firstToken - 1, "other"))
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

    /// <summary>Reads a currency before a figure: "$", "US$", "HK $", "$US", "$A", "USD", "EUR50m", "RM79", "Rs 500".</summary>
    private static bool TryReadCurrency(TokenStream s, ref int i, out string? currency, out double scale)
    {
        currency = null;
        scale = 1;
        if (IsMillionCode(s, i) && s.IsNumber(i + 1) && !s.Glued(i + 1))
        {
            currency = UnitWords.MillionCodes.TryGet(s.Span(i), out string? millions) ? millions : null; // "MAUD 60", "MEUR 120"
            scale = 1e6;
            i++;
            return true;
        }

        if (s.IsWord(i) && s.IsChar(i + 1, '$') && UnitWords.DollarCountries.TryGet(s.Span(i), out string? country)
            && (IsAllUpper(s.Span(i)) || (s.Span(i).Length > 1 || !s.Is(i, "a")) && !FunctionWords.Stop.Contains(s.Span(i))))
        {
            currency = country; // "US$5", "HK $3.7 billion", "c $ 300 million" (lower-cased text)
            i += 2;
        }
        else if (s.IsWord(i) && s.IsChar(i + 1, '$') && s.Glued(i + 1) && UnitWords.Words.TryGet(s.Span(i), out string? isoDollar) && s.Span(i).Length == 3)
        {
            currency = isoDollar; // "aud$ 15", "NZD$15"
            i += 2;
        }
        else if (s[i].Kind == TokenKind.Symbol && UnitWords.Signs.TryGet(s.Span(i), out string? code))
        {
            currency = code;
            i++;
            if (code == "USD" && s.IsWord(i) && s.Glued(i) && UnitWords.DollarCountries.TryGet(s.Span(i), out string? after) && IsAllUpper(s.Span(i)) && s.IsNumber(i + 1))
            {
                currency = after; // "$US113 trillion", "$A82,615,680"
                i++;
            }
        }
        else if (IsFoldedSign(s, i))
        {
            currency = UnitWords.FoldedSigns.TryGet(s.Span(i), out string? folded) ? folded : null; // "PS2.7m" (£2.7m)
            i++;
        }
        else if (IsPrefixCode(s, i) && s.IsNumber(i + 1))
        {
            currency = UnitWords.PrefixCodes.TryGet(s.Span(i), out string? prefix) ? prefix : null;
            i++;
        }
        else if (s.IsWord(i) && IsPrefixCode(s, i))
        {
            return false;
        }

        return s.InRange(i);
    }

    /// <summary>"PS21,700", "PS6m": an ASCII-folded currency sign glued to an amount with grouping, decimals or a scale.</summary>
    private static bool IsFoldedSign(TokenStream s, int i)
        => s.IsWord(i) && IsAllUpper(s.Span(i)) && UnitWords.FoldedSigns.Contains(s.Span(i)) && s.IsNumber(i + 1) && s.Glued(i + 1)
        && (s.Span(i + 1).IndexOfAny(',', '.') >= 0 || (s.IsWord(i + 2) && s.Glued(i + 2) && NumberWords.GluedScales.Contains(s.Span(i + 2)))
            || (s.IsWord(i + 2) && !s.Glued(i + 2) && NumberWords.Scales.Contains(s.Span(i + 2))));

    /// <summary>"MUSD", "MEUR": millions of a currency, in capitals.</summary>
    private static bool IsMillionCode(TokenStream s, int i) => s.IsWord(i) && s.Span(i).Length == 4 && IsAllUpper(s.Span(i)) && UnitWords.MillionCodes.Contains(s.Span(i));

    /// <summary>Whether nothing more of an amount follows: the end, punctuation, or "more" ("15 dollars 50 more").</summary>
    private static bool EndsAmount(TokenStream s, int j) => !s.InRange(j) || s.IsPunctuation(j) || s.Is(j, "more");

    private static bool IsPrefixCode(TokenStream s, int i)
        => s.IsWord(i) && UnitWords.PrefixCodes.Contains(s.Span(i)) && (IsAllUpper(s.Span(i)) || s.Is(i, "Rs")) && (!s.Glued(i) || s.IsChar(i - 1, '(') || s.IsChar(i - 1, '['))
        && (s.IsNumber(i + 1) || (s.IsChar(i + 1, '.') && s.IsNumber(i + 2)));

    /// <summary>Reads the second end of a range after the first figure (and its unit) ends at <paramref name="last"/>.</summary>
    private static bool TryReadRangeEnd(TokenStream s, int start, int hedgeFirst, int last, double value, Unit? unit, ref string? currency, out double value2, out Unit? unit2, out int last2, out bool joinedByWords, out bool scaled2)
    {
        value2 = 0;
        scaled2 = false;
        unit2 = null;
        last2 = last;
        joinedByWords = false;
        int join = last + 1;
        bool between = hedgeFirst < 0 && s.Is(start - 1, "between");
        bool from = hedgeFirst < 0 && s.Is(start - 1, "from");
        if (from && s.Is(join, "up") && s.Is(join + 1, "to"))
        {
            join++; // "from 450 sq ft up to 900 sq ft"
        }

        // "0-to-60-mph", "a 10-to-15-minute walk": a range written as one compound.
        if (IsGluedTo(s, join) && s.IsNumber(join + 3) && s.Glued(join + 3))
        {
            join += 2;
        }

        // "an 8- to 16-meter telescope", "a 10- to 15-minute walk": a suspended hyphen after the first figure.
        bool suspended = IsSuspendedHyphen(s, join - 1);
        if (suspended)
        {
            join++;
        }

        bool gluedDash = s.IsDash(join) && s.Glued(join) && s.Glued(join + 1);
        bool spacedDash = s.IsDash(join) && !s.Glued(join + 1) && !s.Glued(join);

        // "75 -300mm": a dash glued to the second figure only is a range when the figures rise, else a sign ("Stoxx 50 -1.3%").
        bool halfDash = s.IsDash(join) && !s.Glued(join) && s.Glued(join + 1) && s.IsNumber(join + 1);
        bool to = s.Is(join, "to") || s.Is(join, "through");
        bool or = s.Is(join, "or") && hedgeFirst < 0 && !between && !from; // "three or four ships": rising figures only

        // "$7/$9", "£10/£12 a share": two amounts in one currency around a slash, rising.
        bool slash = currency is not null && s.IsChar(join, '/') && s.Glued(join) && s.Glued(join + 1);
        bool joiner = (between && s.Is(join, "and")) || (from && (to || s.Is(join, "until") || s.IsDash(join))) || gluedDash || spacedDash || halfDash || to || or || slash;
        if (!joiner || !s.InRange(join + 1))
        {
            return false;
        }

        // "increased by $43.6 billion to $419.2 billion", "rose 5% to 10%": a change and where it ended, not a range;
        // but a bare first figure sharing the second's unit is a range ("dropped by 1 to 1.5 degrees"), checked below.
        bool change = to && !between && !from && (s.Is(start - 1, "by") || s.InLexicon(start - 1, FunctionWords.ChangeVerbs) || (hedgeFirst >= 0 && s.InLexicon(hedgeFirst - 1, FunctionWords.ChangeVerbs)));
        if (change && unit is not null)
        {
            return false;
        }

        int second = join + 1;
        if (to && s.IsDash(second) && s.Glued(second) && !s.Glued(join) && s.IsNumber(second + 1) && s.Glued(second + 1))
        {
            second++; // "200,000 to-260,000": a hyphen typed for a space (a falling second end is refused below)
        }

        string? secondCurrency = currency;
        int beforeSecond = second;
        if (!TryReadCurrency(s, ref second, out string? code2, out double scale2) || scale2 != 1)
        {
            return false;
        }

        if ((code2 is not null && currency is not null && code2 != currency) || (slash && code2 is null))
        {
            return false;
        }

        secondCurrency ??= code2;
        if (!s.IsNumber(second) && !s.IsWord(second))
        {
            return false;
        }

        if (!TryReadNumber(s, second, secondCurrency is not null, ref secondCurrency, out value2, out _, out last2, out bool vague2, out _, out Unit? physical2) || vague2
            || ((to || from) && IsNestedRange(s, second)))
        {
            return false; // "from 24.2 to 33-35 billion": the second end is itself a range
        }

        if (IsYearLike(s, second, last2) && IsYearLike(s, start, start) && secondCurrency is null && unit is null && !DateGrammar.IsPluralAfter(s, last2 + 1))
        {
            return false; // "from 2019 to 2021" is a period, read by the date grammar
        }

        unit2 = secondCurrency is not null && currency is null ? Unit.Currency(secondCurrency) : physical2;
        scaled2 = EndsInScale(s, last2); // "33-35 billion euros": the scale, before the unit
        if (unit2 is null && secondCurrency is null && TryReadUnit(s, last2 + 1, value2, scaled2, out Unit after2, out int afterLast2))
        {
            unit2 = after2;
            last2 = afterLast2;
        }

        if (unit is { } u1 && unit2 is { } u2 && u1 != u2)
        {
            return false;
        }

        // After a verb of change, only "by 1 to 1.5 degrees" (one unit for both, ends close together) is a range;
        // "cut by 0.2 to 3.1 percent" is a change and where it ended.
        if (change && (unit2 is null || value2 > 3 * value || value <= 0))
        {
            return false;
        }

        // A bare "3 to 5" with no unit or scale on either side is too weak ("page 3 to 5"), except after "aged" ("women
        // aged 25 to 54") or a hedge of approximation, which only amounts take ("some 300 to 400 people").
        bool anchored = unit is not null || unit2 is not null || scaled2 || between || from || gluedDash || (suspended && value2 > value) || ((spacedDash || halfDash) && value2 > value)
            || (hedgeFirst < 0 && (s.Is(start - 1, "aged") || s.Is(start - 1, "ages")))
            || (hedgeFirst >= 0 && hedgeFirst < start && value2 > value);
        if (!anchored && (to || spacedDash || halfDash))
        {
            return false;
        }

        if ((halfDash || or || slash || second > join + 1) && value2 <= value)
        {
            return false;
        }

        currency ??= code2;
        joinedByWords = between || from;
        _ = beforeSecond;
        return value2 >= value || (value2 >= 1e3 && value < 1e3);
    }

    /// <summary>Reads a unit written after a figure: percent, percentage points, a currency word or subunit, a physical unit.</summary>
    private static bool TryReadUnit(TokenStream s, int next, double value, bool scaled, out Unit unit, out int last)
    {
        unit = default;
        last = next;
        if (!s.InRange(next))
        {
            return false;
        }

        if (s.IsChar(next, '%'))
        {
            unit = Unit.Percent;
            return true;
        }

        // A unit in brackets, as tables write it: "20 (kg)", "20 [kg]".
        char close = s.IsChar(next, '(') ? ')' : s.IsChar(next, '[') ? ']' : s.IsChar(next, '{') ? '}' : s.IsChar(next, '<') ? '>' : '\0';
        if (close != '\0' && s.IsWord(next + 1) && s.IsChar(next + 2, close) && (UnitWords.Physical.Contains(s.Span(next + 1)) || UnitWords.Words.Contains(s.Span(next + 1)))
            && TryReadUnit(s, next + 1, value, scaled, out unit, out int inside) && inside == next + 1)
        {
            last = next + 2;
            return true;
        }

        if (s[next].Kind == TokenKind.Symbol && UnitWords.Signs.TryGet(s.Span(next), out string? signAfter) && !s.IsNumber(next + 1))
        {
            unit = Unit.Currency(signAfter); // "10 $", "5 €"
            return true;
        }

        if (s.MatchAt(next, PercentagePoints) is > 0 and int pp || s.MatchAt(next, PercentagePoint) is > 0 and int pp1 && (pp = pp1) > 0)
        {
            unit = new Unit(UnitDimension.Percent, "pp");
            last = pp;
            return true;
        }

        if (s.MatchAt(next, PerCent) is > 0 and int pc)
        {
            unit = Unit.Percent;
            last = pc;
            return true;
        }

        int phraseEnd = UnitPhrases.MatchAt(s, next, out Unit phrase);
        if (phraseEnd > 0)
        {
            unit = phrase;
            last = phraseEnd;
            return true;
        }

        if (!s.IsWord(next))
        {
            return false;
        }

        ReadOnlySpan<char> w = s.Span(next);
        if (UnitWords.Percent.Contains(w))
        {
            unit = Unit.Percent;
            return true;
        }

        // A spaced capital "L" is litres: "3 to 4 L of wine", "a 2.0 L engine".
        if (w is "L" && !s.IsCapitalized(next + 1) && !s.IsNumber(next + 1) && !(s.Glued(next + 1) && (s.IsDash(next + 1) || s.IsWord(next + 1))))
        {
            unit = new Unit(UnitDimension.Volume, "l");
            return true;
        }

        // A spaced "m" is metres when nothing it could count follows ("1 m x 1 m", "12 m 2 dm"); "5 m people" is not read.
        if (w is "m" && !scaled && (!s.IsWord(next + 1) || s.Is(next + 1, "x") || s.InLexicon(next + 1, UnitWords.Extents) || FunctionWords.NounPhraseStops.Contains(s.Span(next + 1))))
        {
            unit = new Unit(UnitDimension.Length, "m");
            return true;
        }

        if (UnitWords.Words.TryGet(w, out string? code))
        {
            // "won" and "rand" are also words: only after a scale or digits glued to money context.
            if (code is "KRW" or "ZAR" && !scaled)
            {
                return false;
            }

            unit = Unit.Currency(code);
            return true;
        }

        if (UnitWords.Pounds.Contains(w))
        {
            unit = scaled || s.Is(next + 1, "sterling") ? Unit.Currency("GBP") : new Unit(UnitDimension.Mass, "lb");
            return true;
        }

        if (UnitWords.Subunits.TryGet(w, out Unit sub))
        {
            unit = sub;
            return true;
        }

        if (IsSpacedPence(s, next))
        {
            unit = Unit.Currency("GBX"); // "down 68 p at 1112 p"
            return true;
        }

        if (UnitWords.Physical.TryGet(w, out Unit physical) && !(physical.Dimension == UnitDimension.Duration && s.Glued(next)))
        {
            unit = physical;
            _ = value;
            return true;
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
            if (s.Glued(i) && (s.IsWord(i - 1) || s.IsNumber(i - 1)) && !money)
            {
                return false; // "UPI30", "G7", "S23": part of a name ("USD10m" was read as money before).
            }

            if (s.IsChar(i - 1, '.') && s.Glued(i) && s.Glued(i - 1) && s.IsWord(i - 2))
            {
                return false; // "ID.3", "v.2": part of a name
            }

            // "1/2 pound", "3/4": a fraction (not a date such as "5/17/2018").
            if (s.IsChar(i + 1, '/') || s.IsChar(i + 1, '\u2044'))
            {
                if (s.Glued(i + 1) && s.IsNumber(i + 2) && s.Glued(i + 2) && !s.IsChar(i + 3, '/') && !s.IsChar(i - 1, '/') && !money
                    && int.TryParse(s.Span(i), NumberStyles.None, CultureInfo.InvariantCulture, out int numerator)
                    && int.TryParse(s.Span(i + 2), NumberStyles.None, CultureInfo.InvariantCulture, out int denominator)
                    && denominator is > 1 and <= 128 && numerator < denominator)
                {
                    value = (double)numerator / denominator;
                    last = i + 2;
                    return true;
                }

                if (s.Glued(i + 1) && !(money && s.Glued(i + 2) && s[i + 2].Kind == TokenKind.Symbol) && !(s.IsWord(i + 2) && s.Glued(i + 2)))
                {
                    return false; // "24/7"; but "$7/$9" is two amounts, and "$15.40/hour" a rate
                }
            }

            if (!money && TryReadProportion(s, i, out value, out last))
            {
                return true;
            }

            if (!TryParseDigits(s.Span(i), out value, out int decimals, out int trailingZeros))
            {
                return false;
            }

            // "1.99×10−30", "6.02 x 10^23": scientific notation (a sign or a caret is required, so "2 x 10 m" stays a size).
            if (TryReadExponent(s, i + 1, out int exponent, out int exponentLast))
            {
                value *= Math.Pow(10, exponent);
                last = exponentLast;
                return double.IsFinite(value) && value != 0;
            }

            // "10 1/2 miles": a whole number and a fraction.
            if (decimals == 0 && value < 1000 && s.IsNumber(i + 1) && !s.Glued(i + 1) && (s.IsChar(i + 2, '/') || s.IsChar(i + 2, '\u2044')) && s.Glued(i + 2)
                && TryReadNumber(s, i + 1, money, ref currency, out double part, out _, out int partLast, out _, out _, out _) && part < 1 && partLast == i + 3)
            {
                value += part;
                last = partLast;
                return true;
            }

            double scale = 1;
            if (s.IsWord(i + 1) && s.Glued(i + 1))
            {
                ReadOnlySpan<char> suffix = s.Span(i + 1);
                if (NumberWords.OrdinalSuffixes.Contains(suffix))
                {
                    return false;
                }

                if (suffix.Equals("m", StringComparison.Ordinal) && !money && !MeansMillion(s, i, decimals))
                {
                    physical = new Unit(UnitDimension.Length, "m");
                    last = i + 1;
                }
                else if (money && (suffix is "T" or "tr" or "trn" or "tn"))
                {
                    scale = 1e12; // "$2.17T": with money, a trillion, not tonnes
                    last = i + 1;
                }
                else if (NumberWords.GluedScales.TryGet(suffix, out double glued))
                {
                    scale = glued;
                    last = i + 1;
                }
                else if (TryGluedPhrase(s, i + 1, out Unit gluedPhrase, out int gluedPhraseLast) && gluedPhraseLast > i + 1)
                {
                    physical = gluedPhrase; // "10km/hr", "3923sq m"
                    last = gluedPhraseLast;
                }
                else if (suffix is "G")
                {
                    physical = new Unit(UnitDimension.Count, "G"); // "5G", "4G networks": a generation, not grams (those are "g")
                    last = i + 1;
                }
                else if (UnitWords.Physical.TryGet(suffix, out Unit unit) || UnitWords.GluedOnly.TryGet(suffix, out unit))
                {
                    if (unit.Dimension == UnitDimension.Currency && money)
                    {
                        return false;
                    }

                    if (unit.Dimension == UnitDimension.Currency)
                    {
                        currency = unit.Symbol;
                    }
                    else
                    {
                        physical = unit;
                    }

                    last = i + 1;
                }
                else if (UnitWords.Percent.Contains(suffix))
                {
                    physical = Unit.Percent;
                    last = i + 1;
                }
                else if (TryGluedPhrase(s, i + 1, out Unit phraseUnit, out int phraseLast))
                {
                    physical = phraseUnit; // "3923sq m", "1.19deg C"
                    last = phraseLast;
                }
                else if (UnitWords.Words.TryGet(suffix, out string? code) && currency is null)
                {
                    currency = code;
                    last = i + 1;
                }
                else
                {
                    return false; // "3D", "5G", "1990s": a name or a decade.
                }
            }
            else if (s.IsChar(i + 1, 'B') && s.IsWord(i + 1) && (money || (HedgesBefore.MatchBefore(s, i, out _) >= 0 && (DateGrammar.IsPluralAfter(s, i + 2) || s.Is(i + 2, "of")))))
            {
                scale = 1e9; // "about 8 B people", "$5 B": a capital B, spaced, after money or a hedge and before what it counts
                last = i + 1;
            }
            else if (s.IsWord(i + 1) && NumberWords.Scales.TryGet(s.Span(i + 1), out double spaced))
            {
                scale = spaced;
                last = i + 1;
                if (spaced == 100 && s.IsWord(i + 2) && NumberWords.Scales.TryGet(s.Span(i + 2), out double more) && more > 100)
                {
                    scale *= more; // "4 hundred million"
                    last = i + 2;
                }

                // "4 thousand 3 hundred and 21": digits and scale words adding up (whole numbers only).
                if (decimals == 0 && !money && TryReadScaledTail(s, last + 1, scale, out double tail, out int tailLast))
                {
                    value = (value * scale) + tail;
                    last = tailLast;
                    step = 0;
                    return true;
                }
            }

            if (last > i && s.IsNumber(last + 1) && s.Glued(last + 1) && !(physical is { } squared && s.Span(last + 1) is "2" or "3"))
            {
                return false; // "24703L202": a code, not a figure
            }

            if (scale == 1 && last == i && decimals == 0 && !money && AndAFraction(s, last, ref value, out int fractionLast))
            {
                last = fractionLast; // "2 and a half years"
                return true;
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

        if (TryReadProportion(s, i, out value, out last))
        {
            return true;
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

        // "sixfold", "a tenfold rise": a multiple, read as its factor, as "2.5-fold" is.
        if (NumberWords.Multiples.TryGet(s.Span(i), out int factor))
        {
            value = factor;
            return true;
        }

        return TryReadNumberWords(s, i, out value, out step, out last);
    }

    /// <summary>Reads "×10−30", "x 10^23", "×10^-8" after a figure: the power of ten, from the times sign to the exponent.</summary>
    private static bool TryReadExponent(TokenStream s, int j, out int exponent, out int last)
    {
        exponent = 0;
        last = j;
        bool timesSign = s.IsChar(j, '×');
        if (!(timesSign || s.Is(j, "x")) || !s.IsNumber(j + 1) || s.Span(j + 1) is not "10")
        {
            return false;
        }

        int k = j + 2;
        bool caret = s.IsChar(k, '^') && s.Glued(k);
        if (caret)
        {
            k++;
        }

        int sign = 1;
        bool signed = false;
        if (s.Glued(k) && (s.IsDash(k) || s.IsChar(k, '−') || s.IsChar(k, '+')))
        {
            sign = s.IsChar(k, '+') ? 1 : -1;
            signed = true;
            k++;
        }

        if ((!caret && !(signed && timesSign)) || !s.IsNumber(k) || !s.Glued(k) || s.Span(k).Length > 3
            || !int.TryParse(s.Span(k), NumberStyles.None, CultureInfo.InvariantCulture, out int power))
        {
            return false;
        }

        exponent = sign * power;
        last = k;
        return true;
    }

    /// <summary>A length unit followed by a glued "2" or "²" is an area ("km2"); "3" or "³" a volume.</summary>
    private static Unit? Squared(TokenStream s, int last, Unit unit)
    {
        if (unit.Dimension != UnitDimension.Length || !s.Glued(last + 1) || !s.InRange(last + 1))
        {
            return null;
        }

        ReadOnlySpan<char> power = s.Span(last + 1);
        string symbol = unit.Symbol;
        if (power is "2" or "²")
        {
            return symbol switch { "m" => new Unit(UnitDimension.Area, "m²"), "km" => new Unit(UnitDimension.Area, "km²"), "ft" => new Unit(UnitDimension.Area, "ft²"), "mi" => new Unit(UnitDimension.Area, "mi²"), _ => null };
        }

        return power is "3" or "³" && symbol is "m" or "ft" ? new Unit(UnitDimension.Volume, symbol + "³") : null;
    }

    private static bool TryGluedPhrase(TokenStream s, int j, out Unit unit, out int last)
    {
        int end = UnitPhrases.MatchAt(s, j, out unit);
        last = Math.Max(end, j);
        return end > j;
    }

    /// <summary>Reads what follows "4 thousand": "3 hundred and 21", "and 21", each part below the scale before it.</summary>
    private static bool TryReadScaledTail(TokenStream s, int j, double scale, out double tail, out int last)
    {
        tail = 0;
        last = j - 1;
        bool any = false;
        for (int parts = 0; parts < 4; parts++)
        {
            int k = s.Is(j, "and") ? j + 1 : j;
            double v;
            int end = k;
            if (s.IsWord(k) && NumberWords.Cardinals.Contains(s.Span(k)) && TryReadNumberWords(s, k, out double words, out _, out int wordsLast) && words > 0 && words < scale)
            {
                tail += words; // "3 hundred and one"
                last = wordsLast;
                any = true;
                break;
            }

            if (!s.IsNumber(k) || !TryParseDigits(s.Span(k), out v, out int decimals, out _) || decimals > 0 || v == 0 || (s.IsWord(k + 1) && s.Glued(k + 1)))
            {
                break;
            }

            double partScale = 1;
            if (s.IsWord(k + 1) && NumberWords.Scales.TryGet(s.Span(k + 1), out double next))
            {
                partScale = next;
                end = k + 1;
            }

            if (v * partScale >= scale || (partScale == 1 && !s.Is(j, "and") && !any))
            {
                break;
            }

            tail += v * partScale;
            scale = partScale;
            last = end;
            any = true;
            j = end + 1;
            if (partScale == 1)
            {
                break;
            }
        }

        return any;
    }

    /// <summary>Whether a glued "m" is "million" ("1.2m tons", "35m of its devices") rather than metres ("37m", "the 100m").</summary>
    private static bool MeansMillion(TokenStream s, int i, int decimals)
    {
        int after = i + 2;
        if (s.InLexicon(after, UnitWords.Extents) && !s.Is(after, "of") || (s.IsDash(after) && s.Is(after + 1, "long")))
        {
            return false; // "1.8m tall", "37m-long"
        }

        if (s.Is(after, "of") || s.InLexicon(after, UnitWords.Physical) || s.InLexicon(after, UnitWords.Words))
        {
            return true;
        }

        if (!s.IsWord(after) || s.InLexicon(after, FunctionWords.NounPhraseStops))
        {
            return false;
        }

        ReadOnlySpan<char> w = s.Span(after);
        bool plural = w.Length > 3 && w.EndsWith("s", StringComparison.OrdinalIgnoreCase) && !w.EndsWith("ss", StringComparison.OrdinalIgnoreCase);
        return plural || decimals > 0 || (s.IsWord(after + 1) && s.Span(after + 1).EndsWith("s", StringComparison.OrdinalIgnoreCase));
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

        if (s.Is(j, "half") && (s.Is(j + 1, "a") || s.Is(j + 1, "an")) && s.IsWord(j + 2) && NumberWords.Collectives.TryGet(s.Span(j + 2), out int halfDozen))
        {
            value = halfDozen / 2.0; // "half a dozen"
            last = j + 2;
            return true;
        }

        // Fractions: "a third of", "two-thirds of", "one fourth of", "half of", "a quarter of a million".
        if (TryReadFraction(s, j, out value, out last))
        {
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

        int words = 0;
        while (s.IsWord(j) && words++ < 16)
        {
            ReadOnlySpan<char> word = s.Span(j);
            if (NumberWords.Cardinals.TryGet(word, out int cardinal))
            {
                if (any && current % 100 != 0 && current > 0 && !(current >= 20 && current % 10 == 0 && cardinal < 10))
                {
                    break; // "three four": two figures, not one
                }

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
            else if (any && NumberWords.Scales.TryGet(word, out double scale) && scale >= 100)
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
            else if (any && (NumberWords.Collectives.TryGet(word, out int dozen) || (word.EndsWith("s", StringComparison.OrdinalIgnoreCase) && NumberWords.Collectives.TryGet(word[..^1], out dozen))) && current > 0 && current < 100)
            {
                current *= dozen; // "three dozen"
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
        if (total == 0 && AndAFraction(s, last, ref value, out int fractionLast))
        {
            last = fractionLast; // "two and a half miles", "one and a half million"
            step = 0;
        }

        return true;
    }

    /// <summary>
    /// Reads a proportion, "one in three Germans", "1 in 4 children", "two out of three voters", as its fraction (as
    /// "a third of" is read): a smaller whole number, "in" or "out of", a larger one, and then what is counted.
    /// </summary>
    private static bool TryReadProportion(TokenStream s, int i, out double value, out int last)
    {
        value = 0;
        last = i;
        if (!s.IsWord(i + 1) || s[i + 1].Length > 3)
        {
            return false;
        }

        int of = s.Is(i + 1, "in") ? i + 2 : s.Is(i + 1, "out") && s.Is(i + 2, "of") ? i + 3 : -1;
        if (of < 0 || !TryWholeNumber(s, i, out int part) || !TryWholeNumber(s, of, out int whole) || part < 1 || whole <= part || whole > 1000)
        {
            return false;
        }

        int after = of + 1;
        if (!(DateGrammar.IsPluralAfter(s, after) || (s.IsCapitalized(after) && IsCapitalPlural(s.Span(after))) || s.Is(after, "of")
            || (s.IsWord(after) && !s.IsCapitalized(after) && s.IsWord(after + 1) && MeasureWords.IsPlural(s.Span(after + 1)) && !FunctionWords.Stop.Contains(s.Span(after)))))
        {
            return false; // "one in three Germans", "1 in 4 young adults", "one in five of them"; not "one in 10 years" alone
        }

        value = (double)part / whole;
        last = of;
        return !s.InLexicon(after, UnitWords.Physical);
    }

    /// <summary>A whole number in digits or one number word ("4", "four").</summary>
    private static bool TryWholeNumber(TokenStream s, int j, out int n)
    {
        n = 0;
        if (s.IsNumber(j))
        {
            return !s.Glued(j + 1) && int.TryParse(s.Span(j), NumberStyles.None, CultureInfo.InvariantCulture, out n);
        }

        return s.IsWord(j) && NumberWords.Cardinals.TryGet(s.Span(j), out n) && !(s.IsDash(j + 1) && s.Glued(j + 1));
    }

    /// <summary>
    /// Reads "and a half" or "and a quarter" after a whole number ending at <paramref name="last"/>, and a scale after
    /// it: "two and a half years", "3 and a half hours", "one and a half million" (1.5 million).
    /// </summary>
    private static bool AndAFraction(TokenStream s, int last, ref double value, out int fractionLast)
    {
        fractionLast = last;
        if (!s.Is(last + 1, "and") || !(s.Is(last + 2, "a") || s.Is(last + 2, "an")) || value != Math.Floor(value) || value <= 0 || value >= 1000)
        {
            return false;
        }

        double part = s.Is(last + 3, "half") ? 0.5 : s.Is(last + 3, "quarter") ? 0.25 : 0;
        if (part == 0)
        {
            return false;
        }

        value += part;
        fractionLast = last + 3;
        if (s.IsWord(last + 4) && NumberWords.Scales.TryGet(s.Span(last + 4), out double scale) && scale >= 1e3)
        {
            value *= scale;
            fractionLast = last + 4;
        }

        return true;
    }

    private static bool TryReadFraction(TokenStream s, int j, out double value, out int last)
    {
        value = 0;
        last = j;
        double count;
        int k;
        if (s.Is(j, "a") || s.Is(j, "an"))
        {
            count = 1;
            k = j + 1;
        }
        else if (s.IsWord(j) && NumberWords.Cardinals.TryGet(s.Span(j), out int n) && n is > 0 and < 10)
        {
            count = n;
            k = j + 1;
            if (s.IsDash(k) && s.Glued(k) && s.Glued(k + 1))
            {
                k++; // "two-thirds"
            }
        }
        else if (s.Is(j, "half") && s.IsWord(j + 1) && NumberWords.Scales.TryGet(s.Span(j + 1), out double halfOf) && halfOf >= 1e3)
        {
            value = halfOf / 2;
            last = j + 1;
            return true;
        }
        else if (s.Is(j, "half") && (s.Is(j + 1, "of") || s.Is(j + 1, "the")) && !s.InLexicon(j - 1, NumberWords.PronounOne) && !s.Is(j - 1, "second"))
        {
            value = 0.5;
            last = j;
            return true;
        }
        else if ((s.Is(j, "quarter") || s.Is(j, "third")) && s.IsWord(j + 1) && NumberWords.Scales.TryGet(s.Span(j + 1), out double partOf) && partOf >= 1e3 && !s.InLexicon(j - 1, NumberWords.PronounOne))
        {
            value = NumberWords.Fractions.TryGet(s.Span(j), out double f) ? f * partOf : 0;
            last = j + 1;
            return value > 0;
        }
        else
        {
            return false;
        }

        if (!s.IsWord(k) || !NumberWords.Fractions.TryGet(s.Span(k), out double fraction) || (count > 1 && !s.Span(k).EndsWith("s", StringComparison.OrdinalIgnoreCase) && !s.Is(k, "half")))
        {
            return false;
        }

        // "a quarter million", "three quarters billion", "half million"
        if (s.IsWord(k + 1) && NumberWords.Scales.TryGet(s.Span(k + 1), out double direct) && direct >= 1e3)
        {
            value = count * fraction * direct;
            last = k + 1;
            return true;
        }

        // "a quarter of a million", "a third of a billion"
        if (s.Is(k + 1, "of") && (s.Is(k + 2, "a") || s.Is(k + 2, "an")) && s.IsWord(k + 3) && NumberWords.Scales.TryGet(s.Span(k + 3), out double scale) && scale >= 1e3)
        {
            value = count * fraction * scale;
            last = k + 3;
            return true;
        }

        if (!s.Is(k + 1, "of") && !s.IsChar(k + 1, '.') && s.InRange(k + 1))
        {
            return false; // "the first quarter", "a third party": only "a third of …" is a fraction
        }

        value = count * fraction;
        last = k;
        return true;
    }

    private static bool IsCountingOne(TokenStream s, int i)
    {
        if (HasUnitAfter(s, i) || s.MatchAt(i + 1, PerCent) > 0)
        {
            return true; // "one per cent", "one mile"
        }

        if ((s.Is(i + 1, "to") || s.Is(i + 1, "or")) && s.InLexicon(i + 2, NumberWords.Cardinals) && HasUnitAfter(s, i + 2))
        {
            return true; // "one to two years", "one or two per cent"
        }

        if (s.IsDash(i + 1) && s.Glued(i + 1) && s.Glued(i + 2) && (s.InLexicon(i + 2, UnitWords.Words) || s.InLexicon(i + 2, UnitWords.Physical) || s.InLexicon(i + 2, UnitWords.Subunits)))
        {
            return true; // "a one-yen bid", "a one-mile walk"
        }

        if (s.InLexicon(i - 1, NumberWords.PronounOne) || s.InLexicon(i + 1, NumberWords.PronounOneAfter) || !s.IsWord(i + 1) || s.IsDash(i + 1))
        {
            return false;
        }

        // "one of them", "one of us": a pronoun; "one of the people", "one man": a count.
        if (s.Is(i + 1, "of"))
        {
            return s.Is(i + 2, "the") || s.Is(i + 2, "its") || s.Is(i + 2, "his") || s.Is(i + 2, "her") || s.Is(i + 2, "their") || s.Is(i + 2, "my") || s.Is(i + 2, "our");
        }

        // "one US official", "one UK study": a capitalized code is no pronoun "us".
        return !FunctionWords.Stop.Contains(s.Span(i + 1)) || MeasureWords.IsKnownNoun(s.Span(i + 1)) || (s.Span(i + 1).Length > 1 && IsAllUpper(s.Span(i + 1)));
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

    private static bool EndsInScale(TokenStream s, int last) => s.IsWord(last) && (NumberWords.Scales.Contains(s.Span(last)) || NumberWords.GluedScales.Contains(s.Span(last)));

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

        if (digits.Length > 64)
        {
            return false; // 1 MB of digits is not a figure.
        }

        Span<char> buffer = stackalloc char[64];
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

    /// <summary>A spaced lower-case "p" after a figure is pence ("down 68 p at 1112 p"), unless it starts "p.m.".</summary>
    internal static bool IsSpacedPence(TokenStream s, int j)
        => s.Is(j, "p") && !s.Glued(j) && s.IsNumber(j - 1) && !(s.IsChar(j + 1, '.') && s.Is(j + 2, "m")) && !s.IsNumber(j + 1)
            && (!s.IsWord(j + 1) || s.Is(j + 1, "at") || s.Is(j + 1, "to"));

    /// <summary>Whether the figure at <paramref name="i"/> is the amount of "an average of", "a total of", "a crowd of" (not "the summer of").</summary>
    internal static bool AfterAmountOf(TokenStream s, int i)
        => s.Is(i - 1, "of") && s.InLexicon(i - 2, FunctionWords.AmountNouns) && (s.Is(i - 3, "a") || s.Is(i - 3, "an"));

    private static bool IsIdentifierContext(TokenStream s, int i)
    {
        // "Resolution 2397", "No. 10", "F-16", "COVID-19".
        if (s.InLexicon(i - 1, FunctionWords.IdentifierPrefixes) && s.IsCapitalized(i - 1))
        {
            return true;
        }

        // "a category 4 hurricane", "stage 3 cancer"; but "level 3 percent" is not a name.
        if (s.IsNumber(i) && s.InLexicon(i - 1, FunctionWords.LowerCaseIdentifierPrefixes) && !s.Glued(i) && !HasUnitAfter(s, i))
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

        // "24/7", "9/11": a number after a slash glued to a number is part of a code or a date.
        if (s.IsNumber(i) && s.IsChar(i - 1, '/') && s.Glued(i) && s.Glued(i - 1) && s.IsNumber(i - 2))
        {
            return true;
        }

        // The minutes of a time of day or the second half of a score: "1:39", "3:1".
        if (s.IsChar(i - 1, ':') && s.Glued(i - 1) && s.Glued(i) && s.IsNumber(i - 2))
        {
            return true;
        }

        // A number after a name is part of the name: "S&P 500", "iPhone 11", "Section 427", "Big 12", "Apple Watch 5".
        if (s.IsNumber(i) && IsNameWord(s, i - 1) && !HasUnitAfter(s, i))
        {
            return true;
        }

        // A market index in lower case ("the sp 500", "s&p 500", "ftse 100"), a postal or phone code ("the 90049 ZIP
        // code", "the 212 area code"), a model ("Boeing's own 787 Dreamliner", "two new 737 Max jets").
        if (s.IsNumber(i) && !s.Glued(i)
            && ((s.IsWord(i - 1) && !s.IsCapitalized(i - 1) && (s.InLexicon(i - 1, FunctionWords.IndexNames) || (s.Is(i - 1, "p") && s.IsChar(i - 2, '&'))))
                || (s.IsWord(i + 1) && s.InLexicon(i + 1, FunctionWords.CodeWords) && (!s.Is(i + 1, "area") || s.Is(i + 2, "code")))
                || IsModelNumber(s, i))
            && !HasUnitAfter(s, i))
        {
            return true;
        }

        // A street number: "10 Downing Street", "9 E 71st St", "16-18 Industrial Avenue", "22 Ave Foch".
        if (s.IsNumber(i) && IsStreetNumber(s, i))
        {
            return true;
        }

        // "Dak Prescott (4)", "Kick Six", "the Big Ten": a number word or a bracketed number standing for a name.
        if ((s.IsNumber(i) && s.IsChar(i - 1, '(') && s.IsChar(i + 1, ')') && IsNameWord(s, i - 2))
            || (s.IsCapitalized(i) && s.InLexicon(i, NumberWords.Cardinals) && IsNameWord(s, i - 1)))
        {
            return true;
        }

        // "COVID -19": a name and a number joined by a hyphen.
        if (s.IsDash(i) && s.IsNumber(i + 1) && s.Glued(i + 1) && IsNameWord(s, i - 1) && IsAllUpper(s.Span(i - 1))
            && s.Span(i + 1).IndexOf('.') < 0 && !HasUnitAfter(s, i + 1))
        {
            return true; // but "FTSE -0.6%" is a fall
        }

        if (s.IsNumber(i) && s.IsDash(i - 1) && s.Glued(i) && !s.Glued(i - 1) && IsNameWord(s, i - 2) && IsAllUpper(s.Span(i - 2))
            && s.Span(i).IndexOf('.') < 0 && !HasUnitAfter(s, i))
        {
            return true; // "COVID -19" read from its number
        }

        // "F-16", "MiG-29"; but "then-37-year-old", "now-18 month-old" are ages, dated by their prefix.
        return s.IsDash(i - 1) && s.Glued(i - 1) && s.Glued(i) && (s.IsWord(i - 2) || s.IsNumber(i - 2)) && !s.InLexicon(i - 2, NumberWords.Negative) && !IsHedgePrefix(s, i - 2)
            && !s.Is(i - 2, "then") && !s.Is(i - 2, "now");
    }

    /// <summary>A word with a capital that is not a sentence opener, a function word, a month, a currency code or a hedge.</summary>
    private static bool IsNameWord(TokenStream s, int j)
    {
        if (!s.IsWord(j) || j == 0 || s.IsChar(j - 1, '.') || s.IsChar(j - 1, '!') || s.IsChar(j - 1, '?') || s.IsChar(j - 1, '"') || s.IsChar(j - 1, '“') || s.IsChar(j - 1, '('))
        {
            return false;
        }

        ReadOnlySpan<char> w = s.Span(j);
        if (w.Contains('\'') || w.Contains('’'))
        {
            return false; // a possessive: "the Team's 29-page report"
        }

        bool capital = false;
        foreach (char c in w)
        {
            capital |= char.IsUpper(c);
        }

        return capital && !FunctionWords.Stop.Contains(w) && !MonthNames.Months.Contains(w) && !MonthNames.Weekdays.Contains(w)
            && !UnitWords.PrefixCodes.Contains(w) && !UnitWords.DollarCountries.Contains(w) && !FunctionWords.NounPhraseStops.Contains(w);
    }

    /// <summary>
    /// Whether the number at <paramref name="i"/> (or a glued "16-18") is followed, within three capitalized words
    /// or ordinals ("E", "71st", "Zorro Ranch", "El Brillo"), by a capitalized street word ("St", "Road", "Avenue").
    /// </summary>
    private static bool IsStreetNumber(TokenStream s, int i)
    {
        int j = i + 1;
        if (s.IsDash(j) && s.Glued(j) && s.IsNumber(j + 1) && s.Glued(j + 1))
        {
            j += 2;
        }

        for (int words = 0; words < 4 && s.InRange(j); words++, j++)
        {
            if (!s.IsCapitalized(j))
            {
                // "71st": the ordinal's letters are glued to its digits.
                if (s.IsNumber(j) && s.IsWord(j + 1) && s.Glued(j + 1) && s.InLexicon(j + 1, NumberWords.OrdinalSuffixes))
                {
                    j++;
                    continue;
                }

                return false;
            }

            if (s.InLexicon(j, FunctionWords.StreetWords))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the whole number at <paramref name="i"/> names a model by the capitalized word after it: "the 787
    /// Dreamliner was", "a 737 Max.", "11 Pro and", or "two new 737 Max jets" after a count. A count takes a plural
    /// ("500 Americans", "150 Labour MPs", "12 Chinese", "40 Iraqi soldiers" stay counts); after a capitalized word the
    /// text is title case or the name rule has read it.
    /// </summary>
    private static bool IsModelNumber(TokenStream s, int i)
    {
        int name = i + 1;
        if (!s.IsCapitalized(name) || s.Span(i).IndexOfAny(',', '.') >= 0 || s.Glued(name) || !IsModelName(s, name))
        {
            return false;
        }

        int before = s.IsWord(i - 1) && !s.IsCapitalized(i - 1) && !s.InLexicon(i - 1, NumberWords.Cardinals) && !FunctionWords.NounPhraseStops.Contains(s.Span(i - 1)) ? i - 2 : i - 1;
        if (s.InLexicon(before, NumberWords.Cardinals) && !s.Is(before, "one"))
        {
            return true; // "two new 737 Max jets", "three 747 Jumbo jets"
        }

        if ((s.IsCapitalized(i - 1) && !FunctionWords.Stop.Contains(s.Span(i - 1))) || HedgesBefore.MatchBefore(s, i, out _) >= 0)
        {
            return false; // "Storm Kills 12 Overnight" (title case), "about 460 …": a count
        }

        // "150 Labour MPs", "500 New York teachers", "3 Michelin-starred restaurants", "2 Boeing 747s": the plural after
        // the names is what is counted; "11 Pro Max:" and "the 737 Max 8" have none.
        int next = name + 1;
        while (next < name + 6)
        {
            if (s.IsCapitalized(next) && IsCapitalPlural(s.Span(next)))
            {
                return false;
            }

            if (s.IsNumber(next) && s.Glued(next + 1) && s.Is(next + 1, "s"))
            {
                return false; // "2 Boeing 747s"
            }

            if (s.IsCapitalized(next) || (s.IsNumber(next) && !s.Glued(next)))
            {
                next++;
            }
            else if (s.IsDash(next) && s.Glued(next) && s.IsWord(next + 1) && s.Glued(next + 1))
            {
                next += 2; // "Michelin-starred", "Nobel-winning"
            }
            else
            {
                break;
            }
        }

        if (DateGrammar.IsPluralAfter(s, next))
        {
            return false;
        }

        // "460 Kia and Hyundai vehicles": a plural after the coordination is what is counted.
        if (s.Is(next, "and") || s.Is(next, "or") || s.IsChar(next, ',') || s.IsChar(next, '&') || s.IsChar(next, '/'))
        {
            for (int k = next + 1; k <= next + 3; k++)
            {
                if (s.IsNumber(k) || !s.IsWord(k))
                {
                    break;
                }

                if (DateGrammar.IsPluralAfter(s, k) || (s.IsCapitalized(k) && IsCapitalPlural(s.Span(k))))
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>A plural, or an acronym's plural ("MPs", "CEOs").</summary>
    private static bool IsCapitalPlural(ReadOnlySpan<char> w)
        => MeasureWords.IsPlural(w) || (w.Length >= 3 && w[^1] == 's' && char.IsUpper(w[^2]));

    /// <summary>A capitalized singular word that is no function word, month, unit, plural or nationality: "Max", "Dreamliner", "Pro".</summary>
    private static bool IsModelName(TokenStream s, int j)
    {
        if (!s.IsCapitalized(j) || s.Span(j).Length < 3 || !IsNameWord(s, j))
        {
            return false;
        }

        ReadOnlySpan<char> w = s.Span(j);
        foreach (char c in w[1..])
        {
            if (!char.IsLower(c))
            {
                return false; // "MPs", "GMC", "iPhone"-like mixed case is left to the name rule
            }
        }

        return !MeasureWords.IsPlural(w) && !UnitWords.Physical.Contains(w) && !UnitWords.Words.Contains(w) && !UnitWords.Percent.Contains(w)
            && !NumberWords.Scales.Contains(w) && !FunctionWords.StreetWords.Contains(w)
            && !w.EndsWith("an", StringComparison.Ordinal) && !w.EndsWith("ese", StringComparison.Ordinal) && !w.EndsWith("ish", StringComparison.Ordinal)
            && !w.EndsWith("ch", StringComparison.Ordinal) && !w.EndsWith("ss", StringComparison.Ordinal) && !w.EndsWith('i') && !w.EndsWith("ic", StringComparison.Ordinal);
    }

    /// <summary>Whether tokens <paramref name="first"/> to <paramref name="last"/> are written without a space.</summary>
    private static bool IsOneWord(TokenStream s, int first, int last)
    {
        for (int k = first + 1; k <= last; k++)
        {
            if (!s.Glued(k))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether a range of digits glued by a dash starts at <paramref name="j"/>: "33-35".</summary>
    private static bool IsNestedRange(TokenStream s, int j)
        => s.IsNumber(j) && s.IsDash(j + 1) && s.Glued(j + 1) && s.IsNumber(j + 2) && s.Glued(j + 2);

    /// <summary>Whether the figure ending at <paramref name="last"/> carries a suspended hyphen: "8- to 16-meter".</summary>
    private static bool IsSuspendedHyphen(TokenStream s, int last)
        => s.IsNumber(last) && s.IsDash(last + 1) && s.Glued(last + 1) && s.Is(last + 2, "to") && !s.Glued(last + 2) && s.IsNumber(last + 3);

    /// <summary>Whether "-to-" starts at token <paramref name="j"/>, glued on both sides ("0-to-60", "6-to-3").</summary>
    private static bool IsGluedTo(TokenStream s, int j)
        => s.IsDash(j) && s.Glued(j) && s.Is(j + 1, "to") && s.Glued(j + 1) && s.IsDash(j + 2) && s.Glued(j + 2);

    private static bool IsHedgePrefix(TokenStream s, int j)
    {
        foreach ((string prefix, Hedge _) in HedgeWords.Prefixes)
        {
            if (s.Is(j, prefix))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasUnitAfter(TokenStream s, int i)
        => s.IsWord(i + 1) && (NumberWords.Scales.Contains(s.Span(i + 1)) || UnitWords.Physical.Contains(s.Span(i + 1)) || UnitWords.Percent.Contains(s.Span(i + 1)) || UnitWords.Words.Contains(s.Span(i + 1)))
        || s.IsChar(i + 1, '%');

    private static bool IsAllUpper(ReadOnlySpan<char> w)
    {
        foreach (char c in w)
        {
            if (!char.IsUpper(c))
            {
                return false;
            }
        }

        return w.Length > 0;
    }

}
