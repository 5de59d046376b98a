using System;
using System.Globalization;
using System.Linq;
using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace Reconcile.Tests.Properties;

/// <summary>
/// Generators for property tests: short news articles built from the phrases the recognizer reads (hedged figures,
/// units, periods, member lists), so that generated documents yield claims, groups and conflicts, not just noise.
/// </summary>
internal static class Articles
{
    private static readonly string[] Hedges =
        ["", "", "more than ", "nearly ", "as many as ", "at least ", "about ", "up to ", "fewer than ", "over ", "almost ", "well over ", "some "];

    private static readonly string[] Figures =
        ["11,000", "10,000", "9 million", "nine", "100", "2.5 billion", "12", "half a dozen", "0", "1,000,000", "3", "between 3 and 4 million", "tens of thousands of", "$1.2bn", "40", "1.5"];

    private static readonly string[] Things =
        ["troops", "rounds of ammunition", "ballistic missiles", "people", "km", "tonnes", "countries", "ships", "homes", "jobs", "%"];

    private static readonly string[] Periods =
        ["", "", "since 2009", "since 2010", "in October 2024", "on Thursday", "between 1 January 2024 and 30 April 2025", "last year", "by March", "in 2024", "since October"];

    private static readonly string[] Openings =
        ["Officials said", "The ministry reported that", "According to the UN,", "Reports say", "The UK, France and Germany said", "The United States and 10 allies said", "Advertisement", ""];

    private static readonly string[] Verbs = ["were sent", "were lost", "arrived", "were counted", "were destroyed", "left"];

    /// <summary>One sentence with a hedged figure, a thing counted and perhaps a period.</summary>
    public static Gen<string> Sentence { get; } =
        from opening in Gen.Elements(Openings)
        from hedge in Gen.Elements(Hedges)
        from figure in Gen.Elements(Figures)
        from thing in Gen.Elements(Things)
        from verb in Gen.Elements(Verbs)
        from period in Gen.Elements(Periods)
        select string.Join(' ', new[] { opening, hedge + figure, thing, verb, period }.Where(p => p.Length > 0)) + ".";

    /// <summary>An article body of one to six sentences, in one or two paragraphs.</summary>
    public static Gen<string> Body { get; } =
        from sentences in Gen.ListOf(Sentence, 6).Select(s => s.Count == 0 ? ["Nothing was said."] : s)
        from breakAt in Gen.Choose(0, sentences.Count)
        select string.Join(' ', sentences.Take(breakAt)) + (breakAt > 0 && breakAt < sentences.Count ? "\n\n" : string.Empty) + string.Join(' ', sentences.Skip(breakAt));

    /// <summary>One to five documents with unique ids, some with a publication date.</summary>
    public static Gen<Document[]> Documents { get; } =
        from bodies in Gen.NonEmptyListOf(Body).Select(b => b.Take(5).ToArray())
        from published in Gen.ArrayOf(Gen.Elements<DateOnly?>(null, new DateOnly(2025, 5, 30), new DateOnly(2024, 11, 2)), bodies.Length)
        select bodies.Select((body, i) => Document.Parse(Id(i), Header(published[i]) + body)).ToArray();

    /// <summary>Text that mixes article phrases with arbitrary characters, lone surrogates and control characters included.</summary>
    public static Gen<string> Hostile { get; } =
        Gen.ListOf(Gen.OneOf(
            Sentence,
            Gen.Elements("\uD800", "\uDC00", "\0", "\r", "\n\n", "\f", "\u2028", "\u00A0", "\uFEFF", "١٢٣", "１２", ",", ".", "-", "$", "%", "more than", "nearly", "between", "and", "since"),
            Gen.Choose(0, char.MaxValue).Select(c => ((char)c).ToString()),
            Gen.Choose(0, 99999).Select(n => n.ToString(CultureInfo.InvariantCulture))))
        .Select(parts => string.Concat(parts));

    public static string Id(int index) => string.Create(CultureInfo.InvariantCulture, $"s{index + 1}");

    private static string Header(DateOnly? published)
        => published is { } date ? new StringBuilder("published: ").Append(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append("\n\n").ToString() : string.Empty;
}
