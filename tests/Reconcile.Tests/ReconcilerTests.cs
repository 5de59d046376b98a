using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Reconcile.Pipeline;

namespace Reconcile.Tests;

/// <summary>The whole pipeline on docs/samples: our own articles with the facts and discrepancies of real coverage.</summary>
public sealed class ReconcilerTests
{
    private static readonly Lazy<ReconciliationReport> SampleReport = new(() => Reconciler.Default.Reconcile(Samples.Load()));

    private static ReconciliationReport Report => SampleReport.Value;

    private static ClaimGroup GroupWith(string sourceId, string text)
        => Report.Groups.Single(g => g.Claims.Any(c => c.Source.Id == sourceId && c.Text == text));

    [Test]
    public Task Samples_TextReport() => Verify(Report.ToString());

    [Test]
    public void Samples_Troops_AreOneConflict()
    {
        ClaimGroup troops = GroupWith("wire-harbour", "more than 11,000 troops");
        Assert.Multiple(() =>
        {
            Assert.That(troops.Verdict, Is.EqualTo(Verdict.Conflict));
            Assert.That(troops.Claims.Select(c => c.Text), Is.EquivalentTo(new[] { "more than 11,000 troops", "over 11,000 troops", "11,000 North Korean troops", "nearly 11,000 troops" }));
            Assert.That(troops.Explanation, Does.Contain("wire-edited says nearly 11,000").And.Contain("both cannot hold"));
            Assert.That(troops.Discrepancies.Single().Kind, Is.EqualTo(DiscrepancyKind.Conflict));
        });
    }

    [Test]
    public void Samples_PanelStart_2009Versus2010_IsConflict()
    {
        ClaimGroup panel = GroupWith("upi-style", "since 2009");
        Assert.Multiple(() =>
        {
            Assert.That(panel.Verdict, Is.EqualTo(Verdict.Conflict));
            Assert.That(panel.SourceIds, Is.EqualTo(new[] { "upi-style", "wire-edited", "wire-harbour" }));
        });
    }

    [Test]
    public void Samples_Ammunition_IsCompatible()
    {
        ClaimGroup rounds = GroupWith("wire-edited", "nine million rounds of ammunition");
        Assert.Multiple(() =>
        {
            Assert.That(rounds.Verdict, Is.EqualTo(Verdict.Compatible));
            Assert.That(rounds.SourceIds, Is.EqualTo(new[] { "upi-style", "wire-edited", "wire-harbour" }));
        });
    }

    [Test]
    public void Samples_Missiles_ThreeSourcesAgree_EnvoyPeriodKeptApart()
    {
        ClaimGroup missiles = GroupWith("wire-harbour", "at least 100 ballistic missiles");
        ClaimGroup envoy = GroupWith("envoy-remarks", "well over 100 ballistic missiles");
        Assert.Multiple(() =>
        {
            Assert.That(missiles.Verdict, Is.EqualTo(Verdict.Agree));
            Assert.That(missiles.SourceIds, Is.EqualTo(new[] { "upi-style", "wire-edited", "wire-harbour" }));
            Assert.That(envoy, Is.Not.SameAs(missiles));
            Assert.That(envoy.Claims.Single().Scope!.Text, Is.EqualTo("since September 2023"));
        });
    }

    [TestCase("The death toll from the Varen earthquake rose to 14.", "The death toll from the Varen earthquake has climbed to 17.", "17", Verdict.Conflict)]
    [TestCase("The Varen earthquake struck, killing 14 and injuring 30.", "At least 17 died in the Varen earthquake and 45 were injured.", "45", Verdict.Conflict)]
    [TestCase("Some 2,000 people were displaced by the floods.", "The floods displaced 3,000 people.", "3,000 people", Verdict.Conflict)]
    [TestCase("About 450 homes were destroyed by the floods.", "The floods destroyed 400 homes.", "400 homes", Verdict.Compatible)]
    [TestCase("The ferry was carrying 312 people when it capsized.", "The ferry had more than 300 passengers on board when it capsized.", "more than 300 passengers", Verdict.Compatible)]
    [TestCase("The company employs about 14,000 people in 23 countries.", "The company has 14,000 employees worldwide.", "14,000 employees", Verdict.Compatible)]
    public void TwoSources_OneFigureEach_GetTheVerdict(string first, string second, string secondClaim, Verdict verdict)
    {
        // Real articles have more than one sentence: the others set the weight of the words the figures share.
        ReconciliationReport report = Reconciler.Default.Reconcile(
        [
            Document.Parse("a", $"title: Disaster in Varen\n\nRescue teams worked through the night. {first}"),
            Document.Parse("b", $"title: Varen disaster\n\nRescue teams worked through the night. {second}"),
        ]);
        ClaimGroup group = report.Groups.Single(g => g.Claims.Any(c => c.Source.Id == "b" && c.Text == secondClaim));
        Assert.Multiple(() =>
        {
            Assert.That(group.SourceIds, Is.EqualTo(new[] { "a", "b" }), report.ToString());
            Assert.That(group.Verdict, Is.EqualTo(verdict), report.ToString());
        });
    }

    [Test]
    public void TwoSources_CloseFiguresWithNoWordInCommon_AreNoConflict()
    {
        ReconciliationReport report = Reconciler.Default.Reconcile(
        [
            Document.Parse("a", "title: Ferry sinks off Lomar\n\nA ferry sank off Lomar island on Wednesday. Authorities said 240 had been rescued."),
            Document.Parse("b", "title: Lomar ferry disaster\n\nA ferry sank off Lomar island on Wednesday. The vessel was licensed to carry 250 passengers."),
        ]);
        Assert.That(report.Groups.Where(g => g.Verdict == Verdict.Conflict), Is.Empty, report.ToString());
    }

    [Test]
    public void Roundup_ItemAboutAnotherCompany_IsNotGroupedWithTheStory()
    {
        ReconciliationReport report = Reconciler.Default.Reconcile(
        [
            Document.Parse("story", "title: Brannock Tools cuts 900 jobs\n\nBrannock Tools will cut 900 jobs. The company reported revenue of $2.1 billion for 2024, down from $2.6 billion a year earlier."),
            Document.Parse("digest", "title: Morning digest: Brannock, Selby, gold\n\nGood morning.\n\nBRANNOCK TOOLS. The toolmaker said it will cut 900 jobs after revenue for 2024 came in at $1.9 billion.\n\nSELBY FOODS. The grocer reported revenue of $2.1 billion for 2024 and raised its dividend. Selby shares rose 4%.\n\nGOLD. Prices held steady."),
        ]);
        ClaimGroup revenue = report.Groups.Single(g => g.Claims.Any(c => c.Source.Id == "story" && c.Text == "$2.1 billion"));
        Assert.Multiple(() =>
        {
            Assert.That(revenue.Claims.Select(c => c.Source.Id + " " + c.Text), Is.EquivalentTo(new[] { "story $2.1 billion", "digest $1.9 billion" }), report.ToString());
            Assert.That(revenue.Verdict, Is.EqualTo(Verdict.Conflict), report.ToString());
        });
    }

    [TestCase("WASHINGTON: The agency reported revenue of $2.1 billion for 2024.\n\nUPDATE: The figure was confirmed on Friday.")]
    [TestCase("The agency reported revenue of $2.1 billion for 2024.\n\nOIL. Prices held steady.\n\nGOLD. Prices fell.")]
    public void NotARoundup_KickersThatNameNoSubject_DoNotKeepClaimsApart(string body)
    {
        ReconciliationReport report = Reconciler.Default.Reconcile(
        [
            Document.Parse("a", "title: Agency revenue\n\n" + body),
            Document.Parse("b", "title: Agency results\n\nThe agency reported revenue of $2.1 billion for 2024, its highest yet."),
        ]);
        ClaimGroup revenue = report.Groups.Single(g => g.Claims.Any(c => c.Source.Id == "b" && c.Text == "$2.1 billion"));
        Assert.That(revenue.SourceIds, Is.EqualTo(new[] { "a", "b" }), report.ToString());
    }

    [Test]
    public void TwoSources_ConflictCreditedToOneAgencyByNameAndInitials_NamesNoDifferentParties()
    {
        ReconciliationReport report = Reconciler.Default.Reconcile(
        [
            Document.Parse("a", "title: Brill crash inquiry\n\nA plane crashed near Brill on Saturday. The National Transportation Safety Board said it would send a team of six investigators."),
            Document.Parse("b", "title: Brill crash inquiry\n\nA plane crashed near Brill on Saturday. The NTSB said its team of five investigators would examine the wreckage."),
        ]);
        ClaimGroup team = report.Groups.Single(g => g.Claims.Any(c => c.Text == "five investigators"));
        Assert.Multiple(() =>
        {
            Assert.That(team.Verdict, Is.EqualTo(Verdict.Conflict), report.ToString());
            Assert.That(team.Explanation, Does.Not.Contain("different parties"), report.ToString());
        });
    }

    [Test]
    public void TwoSources_ConflictBetweenCreditedParties_SaysSo()
    {
        ReconciliationReport report = Reconciler.Default.Reconcile(
        [
            Document.Parse("a", "title: Pension march\n\nPolice said 12,000 people joined the march in the capital on Saturday. Officers arrested 14 people after clashes near the parliament."),
            Document.Parse("b", "title: Pension march\n\nOrganisers said 20,000 people joined the march in the capital on Saturday. Police detained 12 people after scuffles."),
        ]);
        ClaimGroup crowd = report.Groups.Single(g => g.Claims.Any(c => c.Text == "20,000 people"));
        Assert.Multiple(() =>
        {
            Assert.That(crowd.Claims.Select(c => c.Attribution), Is.EquivalentTo(new[] { "Police", "Organisers" }));
            Assert.That(crowd.Explanation, Does.Contain("They credit different parties (").And.Contain("a: Police").And.Contain("b: Organisers").And.Contain("so each may report its party right."), report.ToString());
        });
    }

    [Test]
    public void Samples_OnlyTheTwoKnownConflicts()
        => Assert.That(Report.Groups.Where(g => g.Verdict == Verdict.Conflict).Select(g => g.Label).ToList(), Has.Count.EqualTo(2));

    [Test]
    public void Samples_NothingFromRelatedArticles()
    {
        // The unrelated stories after "Related Articles" mention buses, fans, commuters and a bridge.
        Assert.That(Report.Claims.Select(c => c.Text), Has.None.Contains("buses").And.None.Contains("fans").And.None.Contains("commuters"));
    }

    [Test]
    public void Samples_WireCopies_AreDetected_AndCountedOnce()
    {
        ClaimGroup rounds = GroupWith("wire-edited", "nine million rounds of ammunition");
        Assert.Multiple(() =>
        {
            Assert.That(Report.Copies.Select(c => (c.FirstSourceId, c.SecondSourceId)), Is.EqualTo(new[] { ("wire-edited", "wire-harbour") }));
            Assert.That(rounds.IndependentSourceCount, Is.EqualTo(2));
            Assert.That(rounds.Explanation, Does.Contain("3 sources, 2 independent"));
        });
    }

    [Test]
    public void Samples_MemberLists_AgreeAsOneSetOfEleven_WithTheCounts()
    {
        ClaimGroup countries = GroupWith("wire-harbour", "11 countries");
        Assert.Multiple(() =>
        {
            Assert.That(countries.Verdict, Is.EqualTo(Verdict.Agree));
            Assert.That(countries.Claims.Where(c => c.Value.Kind == ClaimValueKind.Members).Select(c => c.Source.Id), Is.EquivalentTo(new[] { "upi-style", "wire-edited", "wire-harbour" }));
            Assert.That(countries.Claims.Where(c => c.Value.Kind == ClaimValueKind.Members).Select(c => c.Value).Distinct().Count(), Is.EqualTo(1));
            Assert.That(countries.Claims.Select(c => c.Text), Does.Contain("United States and 10 allies"));
        });
    }

    [Test]
    public void Samples_EveryClaimInExactlyOneGroup()
    {
        var inGroups = Report.Groups.SelectMany(g => g.Claims).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(inGroups, Is.Unique);
            Assert.That(inGroups, Has.Count.EqualTo(Report.Claims.Count));
        });
    }

    [Test]
    public void Samples_EveryClaimSpanHoldsItsText()
    {
        var texts = Samples.Load().ToDictionary(d => d.Source.Id, d => d.Text);
        Assert.That(Report.Claims.Where(c => c.Span.Slice(texts[c.Source.Id]) != c.Text), Is.Empty);
    }

    [Test]
    public void Reconcile_AnyDocumentOrder_GivesIdenticalReport()
    {
        Document[] documents = Samples.Load();
        string expected = Reconciler.Default.Reconcile(documents).ToString();
        var random = new Random(7);
        for (int i = 0; i < 5; i++)
        {
            Document[] shuffled = [.. documents.OrderBy(_ => random.Next())];
            Assert.That(Reconciler.Default.Reconcile(shuffled).ToString(), Is.EqualTo(expected));
        }
    }

    [Test]
    public void Reconcile_OneOrManyThreads_GivesIdenticalReport()
    {
        Document[] documents = Samples.Load();
        Reconciler single = new ReconcilerBuilder { Options = { MaxDegreeOfParallelism = 1 } }.Build();
        Reconciler many = new ReconcilerBuilder { Options = { MaxDegreeOfParallelism = 8 } }.Build();
        Assert.That(many.Reconcile(documents).ToString(), Is.EqualTo(single.Reconcile(documents).ToString()));
    }

    [Test]
    public void Reconcile_ConcurrentCalls_OnOneInstance_AreIndependent()
    {
        Document[] documents = Samples.Load();
        string expected = Reconciler.Default.Reconcile(documents).ToString();
        string[] results = new string[8];
        Parallel.For(0, results.Length, i => results[i] = Reconciler.Default.Reconcile(documents).ToString());
        Assert.That(results, Is.All.EqualTo(expected));
    }

    [Test]
    public void Reconcile_DuplicateSourceIds_Throws()
    {
        var a = new Document(new Source("same"), "One.");
        var b = new Document(new Source("same"), "Two.");
        Assert.Throws<ReconcileException>(() => Reconciler.Default.Reconcile([a, b]));
    }

    [Test]
    public void Reconcile_Cancelled_Throws()
    {
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();
        Assert.Throws<OperationCanceledException>(() => Reconciler.Default.Reconcile(Samples.Load(), cancellation.Token));
    }

    [Test]
    public void Reconcile_NoDocuments_GivesEmptyReport()
    {
        ReconciliationReport report = Reconciler.Default.Reconcile([]);
        Assert.That(report.Groups, Is.Empty);
    }

    [Test]
    public void Build_InvalidOptions_ListsEveryProblem()
    {
        var builder = new ReconcilerBuilder { Options = { GroupingThreshold = 0, MaxDegreeOfParallelism = 0 } };
        var error = Assert.Throws<ReconcilerConfigurationException>(() => builder.Build());
        Assert.That(error!.Problems, Has.Count.EqualTo(2));
    }

    [Test]
    public void Build_CustomExtractor_RunsAfterBuiltIn_AndOverlapsKeepTheFirst()
    {
        Reconciler reconciler = new ReconcilerBuilder().AddExtractor(new CasualtyLineExtractor()).Build();
        ReconciliationReport report = reconciler.Reconcile([new Document(new Source("a"), "Casualties: 12\nOfficials said 40 buses were damaged.")]);
        Assert.That(report.Claims.Select(c => c.Measure), Is.EquivalentTo(new[] { "casualties", "buses" }));
    }

    [Test]
    public void Build_ExtractorsWithOverlappingClaimsInAnyOrder_KeepTheFirstOfEachOverlap()
    {
        // Spans as (start, end), in the order the extractor returns them; the kept ones never overlap an earlier kept one.
        (int Start, int End)[] spans = [(20, 30), (5, 10), (25, 35), (0, 6), (10, 12), (30, 31), (8, 9), (12, 12), (11, 14), (40, 44), (36, 41), (12, 13)];
        var document = new Document(new Source("a"), new string('x', 50));
        Reconciler reconciler = new ReconcilerBuilder().AddExtractor(new FixedSpansExtractor(spans)).Build();
        var kept = new List<(int Start, int End)>();
        foreach ((int start, int end) in spans)
        {
            if (!kept.Exists(k => TextSpan.FromBounds(k.Start, k.End).Overlaps(TextSpan.FromBounds(start, end))))
            {
                kept.Add((start, end));
            }
        }

        ReconciliationReport report = reconciler.Reconcile([document]);
        Assert.That(report.Claims.Select(c => (c.Span.Start, c.Span.End)), Is.EqualTo(kept.Order()));
    }

    [Test]
    public void Build_GrouperThatLosesClaims_StillReportsEveryClaim()
    {
        Reconciler reconciler = new ReconcilerBuilder().UseGrouper(new ForgetfulGrouper()).Build();
        ReconciliationReport report = reconciler.Reconcile(Samples.Load());
        Assert.That(report.Groups.Sum(g => g.Claims.Count), Is.EqualTo(report.Claims.Count).And.GreaterThan(10));
    }

    [Test]
    public void Build_GrouperThatDuplicatesClaims_Throws()
    {
        Reconciler reconciler = new ReconcilerBuilder().UseGrouper(new DuplicatingGrouper()).Build();
        Assert.Throws<ReconcileException>(() => reconciler.Reconcile(Samples.Load()));
    }

    /// <summary>A real custom extractor: reads "Casualties: N" lines.</summary>
    [Test]
    public void Reconcile_WithProgress_ReportsEveryStageInOrder_AndTheSameReport()
    {
        var seen = new System.Collections.Concurrent.ConcurrentQueue<ReconcileProgress>();
        Document[] documents = Samples.Load();
        ReconciliationReport report = Reconciler.Default.Reconcile(documents, new Recorder(seen));
        ReconcileProgress[] reports = [.. seen];
        using (Assert.EnterMultipleScope())
        {
            Assert.That(report.ToString(), Is.EqualTo(Reconciler.Default.Reconcile(documents).ToString()));
            Assert.That(reports.Select(r => r.Stage), Is.Ordered);
            Assert.That(reports.Where(r => r.Stage == ReconcileStage.Extracting).Select(r => r.Completed), Is.EquivalentTo(Enumerable.Range(0, documents.Length + 1)));
            Assert.That(reports[^1], Is.EqualTo(new ReconcileProgress(ReconcileStage.Weighing, 1, 1)));
            Assert.That(reports, Does.Contain(new ReconcileProgress(ReconcileStage.Comparing, report.Groups.Count, report.Groups.Count)));
        }
    }

    [Test]
    public void ReconcileProgress_CompletedBeyondTotal_IsRefused()
        => Assert.That(() => new ReconcileProgress(ReconcileStage.Grouping, 2, 1), Throws.TypeOf<ArgumentOutOfRangeException>());

    // Progress<T> would post to a thread pool; this records at once, from whichever thread reports.
    private sealed class Recorder(System.Collections.Concurrent.ConcurrentQueue<ReconcileProgress> seen) : IProgress<ReconcileProgress>
    {
        public void Report(ReconcileProgress value) => seen.Enqueue(value);
    }

    private sealed class CasualtyLineExtractor : IClaimExtractor
    {
        public IEnumerable<Claim> Extract(Document document, IReadOnlyList<TextSpan> sentences)
        {
            foreach (TextSpan sentence in sentences)
            {
                string text = sentence.Slice(document.Text);
                const string Prefix = "Casualties: ";
                if (text.StartsWith(Prefix, StringComparison.Ordinal) && int.TryParse(text.AsSpan(Prefix.Length), System.Globalization.CultureInfo.InvariantCulture, out int n))
                {
                    yield return new Claim(document.Source, sentence, text, "casualties", ClaimValue.FromQuantity(new Quantity(n, Hedge.None, Unit.Count)));
                }
            }
        }
    }

    private sealed class FixedSpansExtractor((int Start, int End)[] spans) : IClaimExtractor
    {
        public IEnumerable<Claim> Extract(Document document, IReadOnlyList<TextSpan> sentences)
            => spans.Select(s => TextSpan.FromBounds(s.Start, s.End))
                .Select(span => new Claim(document.Source, span, span.Slice(document.Text), "things", ClaimValue.FromQuantity(new Quantity(span.Start, Hedge.None, Unit.Count))));
    }

    private sealed class ForgetfulGrouper : IClaimGrouper
    {
        public IReadOnlyList<IReadOnlyList<Claim>> Group(IReadOnlyList<Claim> claims, IReadOnlyList<Document> documents, CancellationToken cancellationToken) => [claims.Take(3).ToArray()];
    }

    private sealed class DuplicatingGrouper : IClaimGrouper
    {
        public IReadOnlyList<IReadOnlyList<Claim>> Group(IReadOnlyList<Claim> claims, IReadOnlyList<Document> documents, CancellationToken cancellationToken) => [claims, claims.Take(1).ToArray()];
    }
}
