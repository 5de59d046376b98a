using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace Reconcile.Benchmarks;

/// <summary>
/// Claims for the grouper at any scale, with real documents behind them (the grouper reads each claim's sentence).
/// </summary>
/// <remarks>
/// The model: many sources report many facts; each fact is reported by about <see cref="ClaimsPerFact"/> claims in
/// different documents, with a fact-specific context (three rare words) and a value that varies in hedge and
/// rounding. What a figure counts comes from a fixed vocabulary of <see cref="MeasureCount"/> head nouns, as in news,
/// where "people", "troops" and "civilians" recur whatever the story, so the grouper's blocks (claims with the same
/// unit and head noun) grow in proportion to the number of claims. Each document holds about
/// <see cref="ClaimsPerDocument"/> claims.
/// </remarks>
internal sealed class SyntheticClaims
{
    public const int ClaimsPerFact = 8;
    public const int ClaimsPerDocument = 50;
    public const int MeasureCount = 60;

    private static readonly string[] Heads =
    [
        "troops", "people", "civilians", "refugees", "missiles", "drones", "rounds", "shells", "tanks", "vehicles",
        "trucks", "ships", "aircraft", "containers", "barrels", "tonnes", "workers", "prisoners", "hostages", "casualties",
        "deaths", "injuries", "homes", "buildings", "schools", "hospitals", "villages", "protesters", "arrests", "votes",
        "voters", "seats", "members", "countries", "companies", "jobs", "students", "teachers", "doctors", "nurses",
        "patients", "cases", "tests", "doses", "flights", "passengers", "migrants", "children", "families", "farmers",
        "acres", "trees", "animals", "weapons", "rifles", "launchers", "systems", "satellites", "reports", "pages",
    ];

    private static readonly string[] Hedges = ["", "more than ", "nearly ", "about ", "at least ", "over "];

    private SyntheticClaims(Document[] documents, Claim[] claims)
    {
        Documents = documents;
        Claims = claims;
    }

    public Document[] Documents { get; }

    /// <summary>The claims, ordered by source id and position, as a reconciler hands them to its grouper.</summary>
    public Claim[] Claims { get; }

    public static SyntheticClaims Create(int count, int seed = 7)
    {
        if (Heads.Length != MeasureCount)
        {
            throw new InvalidOperationException("The head-noun vocabulary must have MeasureCount entries.");
        }

        var random = new Random(seed);
        int facts = Math.Max(1, count / ClaimsPerFact);
        int documentCount = Math.Max(2, count / ClaimsPerDocument);
        var factWords = new string[facts][];
        var factValues = new int[facts];
        for (int f = 0; f < facts; f++)
        {
            factWords[f] = [Word(random), Word(random), Word(random)];
            factValues[f] = random.Next(2, 500) * 100;
        }

        var texts = new StringBuilder[documentCount];
        var pending = new List<(int Document, int Start, int Length, int SentenceStart, int SentenceLength, string Text, string Measure, Quantity Value)>(count);
        for (int d = 0; d < documentCount; d++)
        {
            texts[d] = new StringBuilder();
        }

        for (int i = 0; i < count; i++)
        {
            int fact = i % facts;
            int document = random.Next(documentCount);
            string head = Heads[fact % Heads.Length];
            string hedge = Hedges[random.Next(Hedges.Length)];
            int value = factValues[fact] + (random.Next(3) - 1) * 100;
            string figure = value.ToString("N0", CultureInfo.InvariantCulture);
            string claimText = string.Concat(hedge, figure, " ", head);
            string[] words = factWords[fact];

            StringBuilder text = texts[document];
            int sentenceStart = text.Length;
            text.Append(words[0]).Append(' ').Append(words[1]).Append(" officials said ");
            int start = text.Length;
            text.Append(claimText);
            text.Append(" were counted near ").Append(words[2]).Append(" on ").Append(Word(random)).Append(" day.");
            int sentenceLength = text.Length - sentenceStart;
            text.Append('\n');

            Quantity quantity = hedge switch
            {
                "more than " or "over " => new Quantity(value, Hedge.MoreThan, Unit.Count, 100),
                "nearly " => new Quantity(value, Hedge.Nearly, Unit.Count, 100),
                "about " => new Quantity(value, Hedge.About, Unit.Count, 100),
                "at least " => new Quantity(value, Hedge.AtLeast, Unit.Count, 100),
                _ => new Quantity(value, Hedge.None, Unit.Count, 100),
            };
            pending.Add((document, start, claimText.Length, sentenceStart, sentenceLength, claimText, head, quantity));
        }

        var documents = new Document[documentCount];
        for (int d = 0; d < documentCount; d++)
        {
            documents[d] = new Document(new Source(string.Create(CultureInfo.InvariantCulture, $"s{d:D6}")), texts[d].ToString());
        }

        Claim[] claims = [.. pending
            .OrderBy(p => p.Document)
            .ThenBy(p => p.Start)
            .Select(p => new Claim(
                documents[p.Document].Source,
                new TextSpan(p.Start, p.Length),
                p.Text,
                p.Measure,
                ClaimValue.FromQuantity(p.Value),
                sentence: new TextSpan(p.SentenceStart, p.SentenceLength)))];
        return new SyntheticClaims(documents, claims);
    }

    /// <summary>A pronounceable made-up word, so contexts share no accidental vocabulary with real stop words.</summary>
    private static string Word(Random random)
    {
        const string Consonants = "bdfgklmnprstvz";
        const string Vowels = "aeiou";
        var word = new StringBuilder(8);
        int syllables = random.Next(2, 4);
        for (int s = 0; s < syllables; s++)
        {
            word.Append(Consonants[random.Next(Consonants.Length)]).Append(Vowels[random.Next(Vowels.Length)]);
        }

        return word.ToString();
    }
}
