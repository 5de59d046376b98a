using System;
using System.Globalization;
using System.Text;

namespace Reconcile.Benchmarks;

/// <summary>
/// Builds large news-like texts from sentence templates, deterministically (fixed seed), and ASCII-only so that a
/// text's length in characters is its size in UTF-8 bytes.
/// </summary>
internal static class SyntheticNews
{
    private const string Header = "title: Synthetic coverage for benchmarks\noutlet: Benchmark Wire\npublished: 2025-05-30\n\n";

    private static readonly string[] NewsTemplates =
    [
        "{Org} said {hedge}{count} {measure} had been sent to {place} since {month} {year}.",
        "The report, published on {month} {day}, lists {count} {measure} and {count2} {measure2}.",
        "Officials in {place} declined to comment on the figures on {weekday}.",
        "{Person} told reporters on {weekday} that the figure was closer to {count} {measure}.",
        "In {year}, {org} estimated that {hedge}{count} {measure} were involved in the operation.",
        "Prices in {place} rose {pct} percent in {month}, the statistics office said.",
        "The {org} approved ${money} million in aid for {place} last year.",
        "Between {year} and {year2}, {place} received {hedge}{count} {measure}, according to {org}.",
        "The talks in {place} ended without agreement, and no new date was set.",
        "{Person} said the team had counted {count} {measure} at the port, {hedge}{count2} of them damaged.",
        "Analysts said the numbers were hard to check independently.",
        "About {count} {measure} crossed into {place} during the first week of {month}.",
        "The agency has published monthly updates since {year}.",
    ];

    private static readonly string[] ProseTemplates =
    [
        "{Org} said many {measure} had been sent to {place} over the past months.",
        "Officials in {place} declined to comment when reached by telephone.",
        "{Person} told reporters that the situation remained difficult for everyone involved.",
        "Analysts said the claims were hard to check independently.",
        "The talks in {place} ended without agreement, and no new meeting was planned.",
        "Residents described long queues at the border crossing and crowded shelters.",
        "The statement did not say where the {measure} had come from or who paid for them.",
        "Critics called the decision a mistake, while supporters praised its speed.",
    ];

    private static readonly string[] Orgs = ["The ministry", "The monitoring team", "The agency", "The United Nations", "The government", "The coalition"];
    private static readonly string[] Persons = ["A spokesman", "The envoy", "Ms Park", "Mr Novak", "A senior official", "The minister"];
    private static readonly string[] Places = ["the capital", "the border region", "Russia", "the northern province", "the port city", "Ukraine"];
    private static readonly string[] Measures = ["troops", "ballistic missiles", "rounds of ammunition", "refugees", "containers", "artillery systems", "workers", "barrels of oil", "trucks", "civilians"];
    private static readonly string[] Hedges = ["", "", "more than ", "nearly ", "about ", "at least ", "as many as ", "over "];
    private static readonly string[] Months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
    private static readonly string[] Weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];
    private static readonly string[] Words = ["nine", "twelve", "forty", "two hundred", "a dozen"];

    /// <summary>
    /// A news-like article of exactly <paramref name="length"/> characters: one sentence in four from the figure
    /// templates, the rest prose, which gives about the claim density of the samples (one claim per ~300 bytes).
    /// </summary>
    public static string News(int length, int seed = 1) => Build(length, NewsTemplates, 0.25, seed);

    /// <summary>Every sentence from the figure templates: about one claim per 80 bytes.</summary>
    public static string Dense(int length, int seed = 1) => Build(length, NewsTemplates, 1.0, seed);

    /// <summary>An article of exactly <paramref name="length"/> characters with no figures and no dates.</summary>
    public static string Prose(int length, int seed = 1) => Build(length, NewsTemplates, 0.0, seed);

    /// <summary>The dense news text with every white-space character removed: one line, no sentence breaks.</summary>
    public static string NoSpaces(int length, int seed = 1)
    {
        string source = Dense(length * 5 / 4, seed);
        var text = new StringBuilder(length);
        foreach (char c in source.AsSpan(Header.Length))
        {
            if (!char.IsWhiteSpace(c))
            {
                text.Append(c);
                if (text.Length == length)
                {
                    break;
                }
            }
        }

        return text.ToString();
    }

    /// <summary>A pattern repeated to exactly <paramref name="length"/> characters.</summary>
    public static string Repeat(string pattern, int length)
    {
        var text = new StringBuilder(length + pattern.Length);
        while (text.Length < length)
        {
            text.Append(pattern);
        }

        return text.ToString(0, length);
    }

    private static string Build(int length, string[] figureTemplates, double figureShare, int seed)
    {
        var random = new Random(seed);
        var text = new StringBuilder(length + 512);
        text.Append(Header);
        while (text.Length < length)
        {
            if (random.Next(10) == 0)
            {
                text.Append("Advertisement\n"); // page furniture on a line of its own, as scrapers bring it in
            }

            int sentences = random.Next(2, 6);
            for (int s = 0; s < sentences; s++)
            {
                if (s > 0)
                {
                    text.Append(' ');
                }

                string[] templates = random.NextDouble() < figureShare ? figureTemplates : ProseTemplates;
                text.Append(Fill(templates[random.Next(templates.Length)], random));
            }

            text.Append('\n');
        }

        // Cut at the last line end that fits, then pad with blank lines to the exact size.
        int cut = text.ToString(0, length).LastIndexOf('\n') + 1;
        text.Length = cut;
        text.Append('\n', length - cut);
        return text.ToString();
    }

    private static string Fill(string template, Random random)
    {
        var text = new StringBuilder(template.Length + 64);
        int i = 0;
        while (i < template.Length)
        {
            int open = template.IndexOf('{', i);
            if (open < 0)
            {
                text.Append(template, i, template.Length - i);
                break;
            }

            text.Append(template, i, open - i);
            int close = template.IndexOf('}', open);
            text.Append(Slot(template[(open + 1)..close], random));
            i = close + 1;
        }

        return text.ToString();
    }

    private static string Slot(string name, Random random) => name switch
    {
        "Org" => Pick(Orgs, random),
        "org" => Pick(Orgs, random).ToLowerInvariant(),
        "Person" => Pick(Persons, random),
        "place" => Pick(Places, random),
        "measure" or "measure2" => Pick(Measures, random),
        "hedge" => Pick(Hedges, random),
        "count" or "count2" => Count(random),
        "month" => Pick(Months, random),
        "weekday" => Pick(Weekdays, random),
        "day" => random.Next(1, 29).ToString(CultureInfo.InvariantCulture),
        "year" or "year2" => random.Next(2006, 2026).ToString(CultureInfo.InvariantCulture),
        "pct" => (random.Next(1, 200) / 10.0).ToString("0.0", CultureInfo.InvariantCulture),
        "money" => random.Next(2, 900).ToString(CultureInfo.InvariantCulture),
        _ => throw new ArgumentException($"Unknown slot {name}.", nameof(name)),
    };

    private static string Count(Random random) => random.Next(4) switch
    {
        0 => Pick(Words, random),
        1 => random.Next(2, 99).ToString(CultureInfo.InvariantCulture) + " million",
        2 => random.Next(1, 99).ToString(CultureInfo.InvariantCulture) + "," + random.Next(0, 10).ToString(CultureInfo.InvariantCulture) + "00",
        _ => random.Next(10, 999).ToString(CultureInfo.InvariantCulture),
    };

    private static string Pick(string[] items, Random random) => items[random.Next(items.Length)];
}
