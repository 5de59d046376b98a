using System;
using System.Collections.Generic;
using System.Linq;
using Reconcile.Truth;

namespace Reconcile.Tests.Truth;

/// <summary>The truth model over a whole report: the docs/samples articles, and small hand-built groups.</summary>
public sealed class ReportSupportTests
{
    private static readonly Lazy<ReconciliationReport> SampleReport = new(() => Reconciler.Default.Reconcile(Samples.Load()));

    private static ReconciliationReport Report => SampleReport.Value;

    private static ClaimGroup GroupWith(string sourceId, string text)
        => Report.Groups.Single(g => g.Claims.Any(c => c.Source.Id == sourceId && c.Text == text));

    [Test]
    public void Samples_Troops_MoreThan11000_IsBestSupported()
    {
        (IReadOnlyDictionary<ClaimGroup, SupportedValue> values, _) = ReportSupport.Estimate(Report, null);
        SupportedValue troops = values[GroupWith("wire-harbour", "more than 11,000 troops")];
        Assert.Multiple(() =>
        {
            Assert.That(troops.IsDecided, Is.True);
            Assert.That(troops.Description, Is.EqualTo("more than 11,000"));
            Assert.That(troops.Value!.Value.Quantity.Hedge, Is.EqualTo(Hedge.MoreThan));
            Assert.That(troops.SupportingSourceIds.Take(2), Is.EquivalentTo(new[] { "upi-style", "wire-harbour" }));
            Assert.That(troops.SupportingSourceIds, Does.Not.Contain("wire-edited"));
            Assert.That(troops.SupportingWeights["upi-style"], Is.GreaterThan(troops.SupportingWeights.GetValueOrDefault("un-briefing")));
            Assert.That(troops.Explanation, Does.StartWith("more than 11,000 is best supported").And.Contain("Against it: wire-edited (nearly 11,000"));
            Assert.That(troops.Explanation, Does.Contain("wire-edited and wire-harbour copy one another"));
        });
    }

    [Test]
    public void Samples_TrustedSource_ShiftsTheTroopsFigure()
    {
        var priors = new Dictionary<string, double> { ["wire-edited"] = 0.99 };
        (IReadOnlyDictionary<ClaimGroup, SupportedValue> values, IReadOnlyList<SourceReliability> sources) = ReportSupport.Estimate(Report, priors);
        SupportedValue troops = values[GroupWith("wire-harbour", "more than 11,000 troops")];
        Assert.Multiple(() =>
        {
            Assert.That(troops.Description, Is.EqualTo("nearly 11,000"));
            Assert.That(troops.SupportingSourceIds[0], Is.EqualTo("wire-edited"));
            Assert.That(sources.Single(s => s.SourceId == "wire-edited").Reliability, Is.EqualTo(0.99).Within(1e-3));
        });
    }

    [Test]
    public void Samples_EveryGroupAndSource_IsEstimated()
    {
        (IReadOnlyDictionary<ClaimGroup, SupportedValue> values, IReadOnlyList<SourceReliability> sources) = ReportSupport.Estimate(Report, null);
        Assert.Multiple(() =>
        {
            Assert.That(values.Keys, Is.EquivalentTo(Report.Groups));
            Assert.That(sources.Select(s => s.SourceId), Is.EqualTo(Report.Sources.Select(s => s.Id)));
            Assert.That(sources.Select(s => s.Reliability), Has.All.InRange(0.0, 1.0));
            Assert.That(values.Values.Select(v => v.Confidence), Has.All.InRange(0.0, 1.0));
            Assert.That(values.Values.Where(v => v.IsDecided).Select(v => v.Value), Has.None.Null);
            Assert.That(sources.Select(s => s.Explanation), Has.All.Not.Empty);
        });
    }

    [Test]
    public void Samples_AgreeingWireCopies_CountOnce()
    {
        // "three brigade sets of heavy artillery": only the two copies of one wire story state it.
        (IReadOnlyDictionary<ClaimGroup, SupportedValue> values, _) = ReportSupport.Estimate(Report, null);
        SupportedValue artillery = values[GroupWith("wire-edited", "three brigade sets of heavy artillery")];
        Assert.Multiple(() =>
        {
            Assert.That(artillery.SupportingWeights.Values.Count(w => w > 0), Is.EqualTo(1));
            Assert.That(artillery.Explanation, Does.Contain("copy one another, so a value they share counts as one witness"));
        });
    }

    [Test]
    public void Samples_SameDocumentsInAnyOrder_SameEstimates()
    {
        string Describe(ReconciliationReport report)
        {
            (IReadOnlyDictionary<ClaimGroup, SupportedValue> values, IReadOnlyList<SourceReliability> sources) = ReportSupport.Estimate(report, null);
            return string.Join("\n", report.Groups.Select(g => $"{g.Id} {values[g]} {values[g].Explanation} {string.Join(",", values[g].SupportingWeights)}"))
                + string.Join("\n", sources.Select(s => s + " " + s.Explanation));
        }

        Document[] documents = Samples.Load();
        Assert.That(Describe(Reconciler.Default.Reconcile(documents.Reverse())), Is.EqualTo(Describe(Report)));
    }

    [Test]
    public void Groups_ValuesForDifferentPeriods_AreUndecided()
    {
        ReconciliationReport report = HandBuilt(Verdict.ScopeDiffers, ("a", Figure(100)), ("b", Figure(200)));
        SupportedValue value = ReportSupport.Estimate(report, null).Values[report.Groups[0]];
        Assert.Multiple(() =>
        {
            Assert.That(value.IsDecided, Is.False);
            Assert.That(value.Value, Is.Null);
            Assert.That(value.Explanation, Does.StartWith("The values cover different periods"));
        });
    }

    [Test]
    public void Groups_TwoSourcesDisagreeing_CannotDecide()
    {
        ReconciliationReport report = HandBuilt(Verdict.Conflict, ("a", Figure(11)), ("b", Figure(12)));
        SupportedValue value = ReportSupport.Estimate(report, null).Values[report.Groups[0]];
        Assert.Multiple(() =>
        {
            Assert.That(value.IsDecided, Is.False);
            Assert.That(value.Description, Is.EqualTo("11 or 12"));
            Assert.That(value.SupportingSourceIds, Is.Empty);
            Assert.That(value.Explanation, Does.StartWith("Cannot decide between 11 (a) and 12 (b)"));
        });
    }

    [Test]
    public void Groups_ListAndCount_SupportEachOther()
    {
        var list = ClaimValue.FromMembers(new MemberSet(["France", "Japan", "Italy"]));
        ReconciliationReport report = HandBuilt(Verdict.Compatible, ("a", list), ("b", Figure(3)), ("c", Figure(4)));
        SupportedValue value = ReportSupport.Estimate(report, null).Values[report.Groups[0]];
        Assert.Multiple(() =>
        {
            Assert.That(value.IsDecided, Is.True);
            Assert.That(value.SupportingSourceIds, Is.EquivalentTo(new[] { "a", "b" }));
        });
    }

    [Test]
    public void Groups_DatesSupportTheDaysTheyCover()
    {
        // "2024" allows "March 2024"; "May 2023" does not.
        ReconciliationReport report = HandBuilt(
            Verdict.Conflict,
            ("a", ClaimValue.FromDate(new DateValue(2024))),
            ("b", ClaimValue.FromDate(new DateValue(2024, 3))),
            ("c", ClaimValue.FromDate(new DateValue(2023, 5))));
        SupportedValue value = ReportSupport.Estimate(report, null).Values[report.Groups[0]];
        Assert.Multiple(() =>
        {
            Assert.That(value.Description, Is.EqualTo("March 2024"));
            Assert.That(value.SupportingSourceIds, Is.EqualTo(new[] { "b", "a" }));
        });
    }

    [Test]
    public void SupportedValue_DecidedWithoutValue_Throws()
        => Assert.Throws<ArgumentException>(() => _ = new SupportedValue(null, "x", 0.5, true, [], "why"));

    [Test]
    public void SupportedValue_RepeatedSource_Throws()
        => Assert.Throws<ArgumentException>(() => _ = new SupportedValue(Figure(1), "1", 0.5, true, [new("a", 1.0), new("a", 2.0)], "why"));

    [Test]
    public void SupportedValue_Undecided_HasNoValue()
    {
        var value = new SupportedValue(Figure(1), "1 or 2", 0.4, false, [], "balanced");
        Assert.Multiple(() =>
        {
            Assert.That(value.Value, Is.Null);
            Assert.That(value.ToString(), Is.EqualTo("cannot decide: 1 or 2"));
        });
    }

    [Test]
    public void SourceReliability_OutOfRange_Throws()
        => Assert.Throws<ArgumentOutOfRangeException>(() => _ = new SourceReliability("a", 1.5, 1));

    [Test]
    public void SourceReliability_ToString_IsInvariant()
        => Assert.That(new SourceReliability("a", 0.875, 3).ToString(), Is.EqualTo("a: reliability 0.88 over 3 claims"));

    private static ClaimValue Figure(double value) => ClaimValue.FromQuantity(new Quantity(value, Hedge.None, Unit.Count));

    // A report with one group whose claims are the given values, one per source.
    private static ReconciliationReport HandBuilt(Verdict verdict, params (string Source, ClaimValue Value)[] values)
    {
        Claim[] claims = [.. values.Select(v =>
        {
            string text = v.Value.ToString();
            return new Claim(new Source(v.Source), new TextSpan(0, text.Length), text, "things", v.Value).WithId(v.Source + "/1");
        })];
        var group = new ClaimGroup("g1", "things", claims, new GroupAssessment(verdict, [], "as built"));
        return new ReconciliationReport([.. values.Select(v => new Source(v.Source))], [group]);
    }
}
