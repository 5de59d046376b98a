using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Reconcile.Tests.Evaluation;

/// <summary>
/// Scores the built-in reconciler on our own evaluation set (Evaluation/README.md): grouping by pairs, conflicts,
/// verdicts and extraction, printed per event with the list of errors.
/// </summary>
public sealed class EvaluationSetTests
{
    // The issue's targets (issue 4, item 6).
    private const double TargetPairPrecision = 0.9;
    private const double TargetPairRecall = 0.9;
    private const double TargetConflictPrecision = 0.9;
    private const double TargetConflictRecall = 0.9;

    // The floor: what the library scored, less 0.05 (rounded down), so that a regression fails CI. Measured on
    // 2026-11-23 on the six events, after the roundup and one-figure-of-a-kind rules: pairs 178/178 precise (1.00),
    // 178/182 found (0.98); conflicts 14/14 true (1.00), 14/14 found (1.00); verdicts 108/108; gold claims
    // extracted 238/239 (0.996); no furniture read. (Before those rules: pairs 0.99 and 0.96, conflicts 1.00 and
    // 0.86, verdicts 105/108. When the set was written, on five events: pairs 0.93 and 0.76, conflicts 0.44 and
    // 0.40, verdicts 62/82.)
    // Raise the floor when the library improves; lower it only when the set itself grows harder, in the same commit.
    private const double FloorPairPrecision = 0.95;
    private const double FloorPairRecall = 0.93;
    private const double FloorConflictPrecision = 0.95;
    private const double FloorConflictRecall = 0.95;
    private const double FloorVerdictAccuracy = 0.95;
    private const double FloorExtractionRecall = 0.94;
    private const int MaxFurnitureLeaks = 0;

    private static readonly Lazy<EvaluationResult> Scored = new(() => EvaluationScorer.Score(EvaluationSet.Events, Reconciler.Default));

    [Test]
    public void Scores_AreNoWorseThanTheFloor()
    {
        EvaluationResult result = Scored.Value;
        TestContext.Out.WriteLine(result.Format());
        Tally t = result.Total;
        Assert.Multiple(() =>
        {
            Assert.That(t.PairPrecision, Is.GreaterThanOrEqualTo(FloorPairPrecision), "pair precision");
            Assert.That(t.PairRecall, Is.GreaterThanOrEqualTo(FloorPairRecall), "pair recall");
            Assert.That(t.ConflictPrecision, Is.GreaterThanOrEqualTo(FloorConflictPrecision), "conflict precision");
            Assert.That(t.ConflictRecall, Is.GreaterThanOrEqualTo(FloorConflictRecall), "conflict recall");
            Assert.That(t.VerdictAccuracy, Is.GreaterThanOrEqualTo(FloorVerdictAccuracy), "verdict accuracy");
            Assert.That(t.ExtractionRecall, Is.GreaterThanOrEqualTo(FloorExtractionRecall), "extraction recall");
            Assert.That(t.FurnitureLeaks, Is.LessThanOrEqualTo(MaxFurnitureLeaks), "claims read from page furniture");
        });
    }

    [Test]
    public void Scores_MeetTheTargets()
    {
        EvaluationResult result = Scored.Value;
        TestContext.Out.WriteLine(result.Format());
        Tally t = result.Total;
        Assert.Multiple(() =>
        {
            Assert.That(t.PairPrecision, Is.GreaterThanOrEqualTo(TargetPairPrecision), "pair precision");
            Assert.That(t.PairRecall, Is.GreaterThanOrEqualTo(TargetPairRecall), "pair recall");
            Assert.That(t.ConflictPrecision, Is.GreaterThanOrEqualTo(TargetConflictPrecision), "conflict precision");
            Assert.That(t.ConflictRecall, Is.GreaterThanOrEqualTo(TargetConflictRecall), "conflict recall");
        });
    }

    [Test]
    public void Scores_AreTheSameOnEveryRun()
        => Assert.That(EvaluationScorer.Score(EvaluationSet.Events, Reconciler.Default).Format(), Is.EqualTo(Scored.Value.Format()));

    [Test]
    public void Gold_EveryClaimIsFoundOnceInItsArticle()
    {
        var problems = new List<string>();
        foreach (GoldEvent e in EvaluationSet.Events)
        {
            var documents = e.Documents.ToDictionary(d => d.Source.Id, StringComparer.Ordinal);
            foreach ((string where, GoldClaim claim) in e.Facts.SelectMany(f => f.Claims.Select(c => (f.Id, c))).Concat(e.Furniture.Select(c => ("furniture", c))))
            {
                if (!documents.TryGetValue(claim.Source, out Document? document))
                {
                    problems.Add($"{e.Name}/{where}: no article {claim.Source}.txt");
                }
                else if (!EvaluationSet.TryLocate(document, claim, out _, out string? problem))
                {
                    problems.Add($"{e.Name}/{where}: {problem}");
                }
            }
        }

        Assert.That(problems, Is.Empty);
    }

    [Test]
    public void Gold_FactsAreWellFormed()
    {
        var problems = new List<string>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (GoldFact fact in EvaluationSet.Events.SelectMany(e => e.Facts))
        {
            int sources = fact.Claims.Select(c => c.Source).Distinct(StringComparer.Ordinal).Count();
            if (!ids.Add(fact.Id))
            {
                problems.Add($"{fact.Id}: the id is used twice");
            }

            if (sources != fact.Claims.Count)
            {
                problems.Add($"{fact.Id}: one source states a fact once; list its clearest claim only");
            }

            if (fact.Verdict == GoldVerdict.SingleSource ? sources != 1 : sources < 2)
            {
                problems.Add($"{fact.Id}: {sources} sources for a {fact.Verdict} fact");
            }
        }

        Assert.That(problems, Is.Empty);
    }

    [Test]
    public void Gold_CoversTheSetTheIssueAsksFor()
    {
        IReadOnlyList<GoldEvent> events = EvaluationSet.Events;
        var multi = events.SelectMany(e => e.Facts).Where(f => f.Verdict != GoldVerdict.SingleSource).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(events, Has.Count.GreaterThanOrEqualTo(4), "events");
            Assert.That(multi, Has.Count.GreaterThanOrEqualTo(40), "facts stated by two or more sources");
            foreach (GoldVerdict verdict in new[] { GoldVerdict.Agree, GoldVerdict.Compatible, GoldVerdict.Conflict, GoldVerdict.ScopeDiffers, GoldVerdict.SingleSource })
            {
                Assert.That(events.SelectMany(e => e.Facts).Count(f => f.Verdict == verdict), Is.GreaterThanOrEqualTo(3), verdict.ToString());
            }

            Assert.That(events.SelectMany(e => e.Documents).Count(d => d.Source.Published is null), Is.GreaterThanOrEqualTo(1), "articles without a publication date");
        });
    }

    [Test]
    public void Articles_HaveAHeaderAndFitTheLength()
    {
        var problems = new List<string>();
        string[] folders = [.. Directory.GetDirectories(EvaluationSet.ArticlesFolder).Select(d => Path.GetFileName(d)).Order(StringComparer.Ordinal)];
        Assert.That(folders, Is.EqualTo(EvaluationSet.Events.Select(e => e.Name).Order(StringComparer.Ordinal)), "every event folder has gold facts, and every gold event a folder");
        foreach (GoldEvent e in EvaluationSet.Events)
        {
            if (e.Documents.Count is < 3 or > 5)
            {
                problems.Add($"{e.Name}: {e.Documents.Count} articles, not 3 to 5");
            }

            foreach (Document d in e.Documents)
            {
                int words = d.Text[d.BodyStart..].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
                if (d.Source.Title is null || d.Source.Outlet is null || d.Source.Url is null || !d.Source.Url.StartsWith("https://example.org/", StringComparison.Ordinal))
                {
                    problems.Add($"{e.Name}/{d.Source.Id}: the header needs title, outlet and an example.org url");
                }

                if (words is < 150 or > 450)
                {
                    problems.Add($"{e.Name}/{d.Source.Id}: {words} words, not 150 to 450");
                }
            }
        }

        Assert.That(problems, Is.Empty);
    }
}
