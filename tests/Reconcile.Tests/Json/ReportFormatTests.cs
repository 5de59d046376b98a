using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Reconcile.Json;
using Reconcile.Json.Converters;
using Reconcile.Truth;

namespace Reconcile.Tests.Json;

/// <summary>Keeps docs/report-format.md honest: its example is this snapshot, and it names every wire value.</summary>
public sealed class ReportFormatTests
{
    internal const string HarbourText = """
        title: US and allies say North Korea-Russia arms trade breaks UN sanctions
        outlet: Harbour Wire
        published: 2025-05-30

        More than 11,000 troops were sent to Russia last year. The panel had reported on sanctions evasion since 2010.

        """;

    internal const string EditedText = """
        title: US and allies say North Korea is stepping up military help for Russia
        outlet: Northern Star Times
        published: 2025-05-30

        Nearly 11,000 troops were sent in 2024. Russia vetoed the panel's renewal in March 2024.

        """;

    /// <summary>A small report built by hand, so the documented example does not move when the extraction improves.</summary>
    internal static ReconciliationReport ExampleReport()
    {
        Document harbour = Document.Parse("wire-harbour", HarbourText, "articles/wire-harbour.txt");
        Document edited = Document.Parse("wire-edited", EditedText, "articles/wire-edited.txt");
        var year2024 = new DateRange(new DateValue(2024), new DateValue(2024));

        Claim harbourTroops = At(harbour, "More than 11,000 troops", "troops", new Quantity(11000, Hedge.MoreThan, Unit.Count, 1000), new TimeScope("last year", year2024), "wire-harbour/1");
        Claim harbourSince = At(harbour, "since 2010", "reported on sanctions evasion", DateRange.Since(new DateValue(2010)), null, "wire-harbour/2");
        Claim editedTroops = At(edited, "Nearly 11,000 troops", "troops", new Quantity(11000, Hedge.Nearly, Unit.Count, 1000), new TimeScope("in 2024", year2024), "wire-edited/1");
        Claim editedVeto = At(edited, "in March 2024", "vetoed the panel's renewal", new DateValue(2024, 3), null, "wire-edited/2");

        const string Clash = "wire-harbour says more than 11,000; wire-edited says nearly 11,000: both cannot hold.";
        ClaimGroup troops = new("g1", "troops", [editedTroops, harbourTroops], new GroupAssessment(
            Verdict.Conflict,
            [new Discrepancy(DiscrepancyKind.Conflict, [harbourTroops, editedTroops], Clash)],
            "Sources disagree. " + Clash));
        ClaimGroup veto = new("g2", "when: vetoed the panel's renewal", [editedVeto], new GroupAssessment(
            Verdict.SingleSource, [], "Only wire-edited reports this (March 2024); no other source confirms or contradicts it."));
        ClaimGroup since = new("g3", "since when: reported on sanctions evasion", [harbourSince], new GroupAssessment(
            Verdict.SingleSource, [], "Only wire-harbour reports this (since 2010); no other source confirms or contradicts it."));
        var bare = new ReconciliationReport([edited.Source, harbour.Source], [troops, veto, since]);

        // The weighing as the reconciler does it, so the example shows real explanations.
        (IReadOnlyDictionary<ClaimGroup, SupportedValue> supported, IReadOnlyList<SourceReliability> reliabilities) = ReportSupport.Estimate(bare, null);
        return new ReconciliationReport(bare.Sources, [.. bare.Groups.Select(g => new ClaimGroup(g.Id, g.Label, g.Claims, new GroupAssessment(g.Verdict, g.Discrepancies, g.Explanation), g.IndependentSourceCount, supported[g]))], bare.Copies, reliabilities);
    }

    [Test]
    public Task Example() => Verify(ReconcileJson.Serialize(ExampleReport()), "json");

    [Test]
    public void Example_RoundTrips()
    {
        string json = ReconcileJson.Serialize(ExampleReport());
        Assert.That(ReconcileJson.Serialize(ReconcileJson.Deserialize(json)), Is.EqualTo(json));
    }

    [Test]
    public void Docs_QuoteTheExampleVerbatim()
    {
        string docs = ReadDocs();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(docs, Does.Contain("```json\n" + ReconcileJson.Serialize(ExampleReport()) + "\n```"), "Paste Json/ReportFormatTests.Example.verified.json into docs/report-format.md.");
            Assert.That(docs, Does.Contain("```text\n" + HarbourText + "```"));
            Assert.That(docs, Does.Contain("```text\n" + EditedText + "```"));
        }
    }

    [Test]
    public void Docs_NameEveryWireValue()
    {
        string docs = ReadDocs();
        using (Assert.EnterMultipleScope())
        {
            foreach (Hedge hedge in Enum.GetValues<Hedge>())
            {
                Assert.That(docs, Does.Contain($"`{WireNames.Hedges.Name(hedge)}`"));
            }

            foreach (UnitDimension dimension in Enum.GetValues<UnitDimension>())
            {
                Assert.That(docs, Does.Contain($"`{WireNames.Dimensions.Name(dimension)}`"));
            }

            foreach (Verdict verdict in Enum.GetValues<Verdict>())
            {
                Assert.That(docs, Does.Contain($"`{WireNames.Verdicts.Name(verdict)}`"));
            }

            foreach (DateGranularity granularity in Enum.GetValues<DateGranularity>())
            {
                Assert.That(docs, Does.Contain($"`{WireNames.Granularities.Name(granularity)}`"));
            }

            foreach (ClaimValueKind kind in Enum.GetValues<ClaimValueKind>())
            {
                Assert.That(docs, Does.Contain($"`{WireNames.ValueKinds.Name(kind)}`"));
            }
        }
    }

    private static string ReadDocs()
        => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "docs", "report-format.md")).ReplaceLineEndings("\n");

    private static Claim At(Document document, string text, string measure, object value, TimeScope? scope, string id)
    {
        int start = document.Text.IndexOf(text, StringComparison.Ordinal);
        int sentenceStart = Math.Max(document.BodyStart, document.Text.LastIndexOf(". ", start, StringComparison.Ordinal) + 2);
        int sentenceEnd = document.Text.IndexOf('.', start + text.Length) + 1;
        ClaimValue claimValue = value switch
        {
            Quantity q => ClaimValue.FromQuantity(q),
            DateValue d => ClaimValue.FromDate(d),
            _ => ClaimValue.FromDateRange((DateRange)value),
        };
        return new Claim(document.Source, new TextSpan(start, text.Length), text, measure, claimValue, scope, TextSpan.FromBounds(sentenceStart, sentenceEnd)).WithId(id);
    }
}
