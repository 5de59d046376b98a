using System.Collections.Generic;

namespace Reconcile.Text;

/// <summary>Number words and scale words, as data (after Humanizer's locale tables).</summary>
internal static class NumberWords
{
    /// <summary>Words for 0 to 90 that combine into a cardinal ("twenty-six", "nine").</summary>
    public static readonly Lexicon<int> Cardinals = new(new Dictionary<string, int>
    {
        ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6,
        ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12,
        ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17,
        ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40,
        ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
    });

    /// <summary>Scale words after a figure ("9 million", "nine million", "3bn").</summary>
    public static readonly Lexicon<double> Scales = new(new Dictionary<string, double>
    {
        ["hundred"] = 1e2, ["thousand"] = 1e3, ["million"] = 1e6, ["billion"] = 1e9, ["trillion"] = 1e12,
        ["mn"] = 1e6, ["mln"] = 1e6, ["bn"] = 1e9, ["tn"] = 1e12, ["trn"] = 1e12, ["mil"] = 1e6, ["bln"] = 1e9, ["k"] = 1e3,
    });

    /// <summary>Scale suffixes glued to digits ("35K", "3bn", "1.2m").</summary>
    public static readonly Lexicon<double> GluedScales = new(new Dictionary<string, double>
    {
        ["k"] = 1e3, ["m"] = 1e6, ["mn"] = 1e6, ["mln"] = 1e6, ["mil"] = 1e6, ["b"] = 1e9, ["bn"] = 1e9, ["bln"] = 1e9, ["tn"] = 1e12, ["trn"] = 1e12,
    });

    /// <summary>Words that stand for a fixed count after "a" ("a dozen").</summary>
    public static readonly Lexicon<int> Collectives = new(new Dictionary<string, int>
    {
        ["dozen"] = 12, ["score"] = 20,
    });

    /// <summary>Vague plurals ("hundreds of", "thousands of"): the range each stands for.</summary>
    public static readonly Lexicon<(double Low, double High)> VaguePlurals = new(new Dictionary<string, (double, double)>
    {
        ["dozens"] = (24, 99),
        ["scores"] = (40, 99),
        ["hundreds"] = (200, 999),
        ["thousands"] = (2_000, 9_999),
        ["millions"] = (2e6, 9.99e6),
        ["billions"] = (2e9, 9.99e9),
    });

    /// <summary>Fractions after "a", "one", "two" … ("a third", "two thirds", "a quarter", "half").</summary>
    public static readonly Lexicon<double> Fractions = new(new Dictionary<string, double>
    {
        ["half"] = 0.5, ["halves"] = 0.5, ["third"] = 1.0 / 3, ["thirds"] = 1.0 / 3, ["quarter"] = 0.25, ["quarters"] = 0.25,
        ["fourth"] = 0.25, ["fourths"] = 0.25, ["fifth"] = 0.2, ["fifths"] = 0.2, ["sixth"] = 1.0 / 6, ["sixths"] = 1.0 / 6,
        ["eighth"] = 0.125, ["eighths"] = 0.125, ["tenth"] = 0.1, ["tenths"] = 0.1,
    });

    /// <summary>Multiples written as one word ("more than sixfold", "a tenfold rise"), read as their factor like "2.5-fold".</summary>
    public static readonly Lexicon<int> Multiples = new(new Dictionary<string, int>
    {
        ["twofold"] = 2, ["threefold"] = 3, ["fourfold"] = 4, ["fivefold"] = 5, ["sixfold"] = 6, ["sevenfold"] = 7,
        ["eightfold"] = 8, ["ninefold"] = 9, ["tenfold"] = 10, ["twelvefold"] = 12, ["twentyfold"] = 20,
        ["fiftyfold"] = 50, ["hundredfold"] = 100, ["thousandfold"] = 1000,
    });

    /// <summary>Words that open a figure and are in no other table ("tens of thousands").</summary>
    public static readonly string[] Triggers = ["tens", "half"];

    /// <summary>Words that make the figure after them negative ("minus 5", "minus-130 degrees").</summary>
    public static readonly Lexicon<bool> Negative = Lexicon.Set("minus", "negative");

    /// <summary>Words before "one" that make it a pronoun, not a count ("no one", "the one", "each one", "which one").</summary>
    public static readonly Lexicon<bool> PronounOne = Lexicon.Set(
        "the", "this", "that", "which", "each", "every", "any", "no", "some", "someone", "anyone", "everyone", "another",
        "only", "last", "first", "next", "same", "other", "new", "old", "big", "little", "right", "wrong", "little",
        "a", "an", "his", "her", "their", "our", "my", "your", "its");

    /// <summary>Words after "one" that make it a pronoun ("one another", "one is", "one could").</summary>
    public static readonly Lexicon<bool> PronounOneAfter = Lexicon.Set(
        "another", "is", "was", "would", "could", "should", "can", "may", "might", "must", "will", "has", "had", "does",
        "did", "who", "which", "that", "thing", "way", "day", "time", "and", "or", "but", "to", "in", "on", "at", "for",
        "by", "with", "as", "if", "than", "then", "point", "after");

    /// <summary>Ordinal suffixes glued to digits ("1st", "29th"): such a figure is an ordinal, never a count.</summary>
    public static readonly Lexicon<bool> OrdinalSuffixes = Lexicon.Set("st", "nd", "rd", "th");
}
