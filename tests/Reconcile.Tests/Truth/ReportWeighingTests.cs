using System;
using System.Linq;
using Reconcile.Json;

namespace Reconcile.Tests.Truth;

/// <summary>The best-supported values and source reliabilities as the reconciler puts them on the report, and every
/// output that shows them.</summary>
public sealed class ReportWeighingTests
{
    private static readonly Lazy<ReconciliationReport> SampleReport = new(() => Reconciler.Default.Reconcile(Samples.Load()));

    private static ReconciliationReport Report => SampleReport.Value;

    private static ClaimGroup Troops(ReconciliationReport report)
        => report.Groups.Single(g => g.Claims.Any(c => c.Text == "more than 11,000 troops"));

    [Test]
    public void Reconcile_WeighsEveryGroupAndEverySource()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(Report.Groups.Select(g => g.Supported), Has.None.Null);
            Assert.That(Report.SourceReliabilities.Select(r => r.SourceId), Is.EqualTo(Report.Sources.Select(s => s.Id)));
            Assert.That(Report.Groups.Where(g => g.Verdict == Verdict.ScopeDiffers).Select(g => g.Supported!.IsDecided), Has.None.True);
            Assert.That(
                Report.Groups.Where(g => g.Supported!.IsDecided).SelectMany(g => g.Supported!.SupportingSourceIds.Select(id => g.SourceIds.Contains(id))),
                Has.All.True);
        }
    }

    [Test]
    public void Reconcile_Troops_MoreThan11000_WinsOverTheCopiedNearly()
    {
        SupportedValue troops = Troops(Report).Supported!;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(troops.IsDecided, Is.True);
            Assert.That(troops.Value!.Value.Quantity.Hedge, Is.EqualTo(Hedge.MoreThan));
            Assert.That(troops.Explanation, Does.Contain("copy one another"));
        }
    }

    [Test]
    public void Reconcile_SinceWhen_TwoCopiesAgainstOne_CannotDecide()
    {
        // wire-edited and wire-harbour are one story: "since 2010" has one independent witness, as has "since 2009".
        ClaimGroup since = Report.Groups.Single(g => g.Verdict == Verdict.Conflict && g.Claims.Any(c => c.Text == "since 2009"));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(since.Supported!.IsDecided, Is.False);
            Assert.That(since.Supported.Value, Is.Null);
            Assert.That(since.Supported.Explanation, Does.StartWith("Cannot decide between since 2010"));
        }
    }

    [Test]
    public void SourcePriors_ATrustedSource_ChangesTheBestValue()
    {
        var builder = new ReconcilerBuilder();
        builder.Options.SourcePriors["wire-edited"] = 0.99;
        ReconciliationReport report = builder.Build().Reconcile(Samples.Load());
        using (Assert.EnterMultipleScope())
        {
            Assert.That(Troops(report).Supported!.Description, Is.EqualTo("nearly 11,000"));
            Assert.That(report.SourceReliabilities.Single(r => r.SourceId == "wire-edited").Reliability, Is.EqualTo(0.99).Within(1e-3));
            Assert.That(report.SourceReliabilities.Single(r => r.SourceId == "wire-edited").Explanation, Does.Contain("prior of 0.99 set by the user"));
        }
    }

    [Test]
    public void SourcePriors_ChangedAfterBuild_DoNotReachTheReconciler()
    {
        var builder = new ReconcilerBuilder();
        Reconciler reconciler = builder.Build();
        builder.Options.SourcePriors["wire-edited"] = 0.99;
        Assert.That(Troops(reconciler.Reconcile(Samples.Load())).Supported!.Description, Is.EqualTo("more than 11,000"));
    }

    [Test]
    public void SourcePriors_Invalid_AreEachListed()
    {
        var builder = new ReconcilerBuilder();
        builder.Options.SourcePriors["wire"] = 1.5;
        builder.Options.SourcePriors["agency"] = double.NaN;
        builder.Options.SourcePriors[" "] = 0.5;
        var error = Assert.Throws<ReconcilerConfigurationException>(() => builder.Build())!;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(error.Problems, Has.Count.EqualTo(3));
            Assert.That(error.Problems, Has.Some.Contain("'wire'").And.Contain("1.5"));
            Assert.That(error.Problems, Has.Some.Contain("'agency'"));
            Assert.That(error.Problems, Has.Some.Contain("empty source id"));
        }
    }

    [Test]
    public void SourcePriors_Null_IsAProblemNotACrash()
    {
        var builder = new ReconcilerBuilder { Options = { SourcePriors = null! } };
        var error = Assert.Throws<ReconcilerConfigurationException>(() => builder.Build())!;
        Assert.That(error.Problems, Has.Some.Contain("SourcePriors"));
    }

    [Test]
    public void Reconcile_SameDocumentsAnyOrderAndThreads_SameWeighing()
    {
        Document[] documents = [.. Samples.Load()];
        Reconciler oneThread = new ReconcilerBuilder { Options = { MaxDegreeOfParallelism = 1 } }.Build();
        string expected = ReconcileJson.Serialize(Report);
        Assert.That(ReconcileJson.Serialize(oneThread.Reconcile(documents.Reverse())), Is.EqualTo(expected));
    }

    [Test]
    public void ClaimGroup_SupportNamingAnOutsider_IsRefused()
    {
        ClaimGroup troops = Troops(Report);
        var outsider = new SupportedValue(troops.Claims[0].Value, "x", 0.9, true, [new("nobody", 1.0)], "because");
        Assert.That(
            () => new ClaimGroup("g1", "troops", troops.Claims, new GroupAssessment(troops.Verdict, troops.Discrepancies, troops.Explanation), null, outsider),
            Throws.ArgumentException.With.Message.Contain("'nobody'"));
    }

    [Test]
    public void Report_ReliabilityOfAnUnknownOrRepeatedSource_IsRefused()
    {
        var unknown = new SourceReliability("nobody", 0.5, 1);
        var twice = new SourceReliability(Report.Sources[0].Id, 0.5, 1);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(() => new ReconciliationReport(Report.Sources, Report.Groups, Report.Copies, [unknown]), Throws.ArgumentException.With.Message.Contain("'nobody'"));
            Assert.That(() => new ReconciliationReport(Report.Sources, Report.Groups, Report.Copies, [twice, twice]), Throws.ArgumentException.With.Message.Contain("more than one reliability"));
        }
    }

    [Test]
    public void Report_ReliabilitiesFollowTheSourceOrder()
    {
        SourceReliability[] reversed = [.. Report.SourceReliabilities.Reverse()];
        var report = new ReconciliationReport(Report.Sources, Report.Groups, Report.Copies, reversed);
        Assert.That(report.SourceReliabilities.Select(r => r.SourceId), Is.EqualTo(Report.Sources.Select(s => s.Id)));
    }

    [Test]
    public void Json_RoundTrips_TheWeighing()
    {
        ReconciliationReport back = ReconcileJson.Deserialize(ReconcileJson.Serialize(Report));
        SupportedValue expected = Troops(Report).Supported!, actual = Troops(back).Supported!;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(actual.Value, Is.EqualTo(expected.Value));
            Assert.That(actual.Confidence, Is.EqualTo(expected.Confidence));
            Assert.That(actual.SupportingSourceIds, Is.EqualTo(expected.SupportingSourceIds));
            Assert.That(actual.SupportingWeights, Is.EqualTo(expected.SupportingWeights));
            Assert.That(actual.Explanation, Is.EqualTo(expected.Explanation));
            Assert.That(back.SourceReliabilities.Select(r => (r.SourceId, r.Reliability, r.ClaimCount, r.Explanation)),
                Is.EqualTo(Report.SourceReliabilities.Select(r => (r.SourceId, r.Reliability, r.ClaimCount, r.Explanation))));
        }
    }

    [TestCase("\"confidence\": 0.", "\"confidence\": 2.", "confidence")]
    [TestCase("\"reliability\": 0.", "\"reliability\": -1.", "reliability")]
    public void Json_OutOfRangeWeighing_IsAReconcileJsonException(string from, string to, string what)
    {
        string json = ReconcileJson.Serialize(Report);
        int at = json.IndexOf(from, StringComparison.Ordinal);
        string tampered = string.Concat(json.AsSpan(0, at), to, json.AsSpan(at + from.Length));
        var error = Assert.Throws<ReconcileJsonException>(() => ReconcileJson.Deserialize(tampered))!;
        Assert.That(error.Message, Does.Contain(what).IgnoreCase);
    }

    [Test]
    public void Json_ReportWithoutWeighing_StillReads()
    {
        string json = ReconcileJson.Serialize(new ReconciliationReport(Report.Sources, Report.Groups.Select(g => new ClaimGroup(g.Id, g.Label, g.Claims, new GroupAssessment(g.Verdict, g.Discrepancies, g.Explanation), g.IndependentSourceCount)).ToList(), Report.Copies));
        ReconciliationReport back = ReconcileJson.Deserialize(json);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(json, Does.Contain("\"supported\": null").And.Contain("\"sourceReliability\": []"));
            Assert.That(back.Groups.Select(g => g.Supported), Has.All.Null);
            Assert.That(back.SourceReliabilities, Is.Empty);
        }
    }

    [Test]
    public void Text_ShowsTheWeighingWhereSourcesDiffer_AndTheSourcesByReliability()
    {
        string text = Report.ToString();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(text, Does.Contain("  ⚖ more than 11,000 is best supported"));
            Assert.That(text, Does.Contain("Sources, by reliability across the report's facts:"));
            // Agreeing and single-source groups have nothing to weigh.
            Assert.That(text.Split('\n').Count(l => l.StartsWith("  ⚖ ", StringComparison.Ordinal)), Is.EqualTo(Report.Groups.Count(g => g.Verdict is Verdict.Conflict or Verdict.Compatible)));
        }
    }

    [Test]
    public void Html_WithDocuments_ShowsEachClaimInItsSentence_WithItsWordsMarked()
    {
        string html = Report.ToHtml(Samples.Load());
        using (Assert.EnterMultipleScope())
        {
            Assert.That(html, Does.Contain("<mark>more than 11,000 troops</mark>"));
            Assert.That(html, Does.Contain("Sources by reliability"));
            Assert.That(html, Does.Contain("⚖ more than 11,000 is best supported"));
            Assert.That(Report.ToHtml(), Does.Not.Contain("<mark>"));
        }
    }

    [Test]
    public void Html_ADocumentThatChangedSinceTheReport_FallsBackToTheClaimText()
    {
        Document[] changed = [.. Samples.Load().Select(d => new Document(d.Source, "Nothing of the sort."))];
        string html = Report.ToHtml(changed);
        Assert.That(html, Does.Not.Contain("<mark>").And.Contain("“more than 11,000 troops”"));
    }

    [Test]
    public void Html_TwoDocumentsWithOneId_AreRefused()
    {
        Document one = Samples.Load().First();
        Assert.That(() => Report.ToHtml([one, one]), Throws.ArgumentException.With.Message.Contain(one.Source.Id));
    }
}
