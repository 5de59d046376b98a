using System;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Microsoft.DotNet.Interactive.Formatting;
using Reconcile.Display;

namespace Reconcile.Tests.Display;

/// <summary>
/// Renders results through the real notebook formatter (Microsoft.DotNet.Interactive.Formatting, referenced by the
/// tests only), which finds Reconcile's formatters by convention.
/// </summary>
public sealed class HtmlDisplayTests
{
    private const string Hostile = "<script>alert('x')</script> & more than 5 troops";

    private static ReconciliationReport HostileReport()
    {
        var first = new Source("<a&b>");
        var second = new Source("wire");
        Claim a = new Claim(first, new TextSpan(0, Hostile.Length), Hostile, "<troops>", ClaimValue.FromQuantity(new Quantity(5, Hedge.MoreThan, Unit.Count))).WithId("<a&b>/1");
        Claim b = new Claim(second, new TextSpan(10, 12), "nearly 5 men", "men", ClaimValue.FromQuantity(new Quantity(5, Hedge.Nearly, Unit.Count))).WithId("wire/1");
        Claim c = new Claim(second, new TextSpan(40, 9), "in \"2024\"", "report", ClaimValue.FromDate(new DateValue(2024))).WithId("wire/2");
        var conflict = new ClaimGroup("g1", "<troops>", [a, b], new GroupAssessment(
            Verdict.Conflict,
            [new Discrepancy(DiscrepancyKind.Conflict, [a, b], "<a&b> says more than 5; wire says nearly 5."), new Discrepancy(DiscrepancyKind.Conflict, [b, a], "A second <b>reason</b>.")],
            "<a&b> says more than 5; wire says nearly 5."));
        var single = new ClaimGroup("g2", "report", [c], new GroupAssessment(Verdict.SingleSource, [], "Only wire says so."));
        return new ReconciliationReport([first, second], [single, conflict]);
    }

    [Test]
    public void A_report_displays_as_an_html_table_with_verdicts_and_encoded_text()
    {
        string html = HostileReport().ToDisplayString("text/html");

        Assert.Multiple(() =>
        {
            Assert.That(html, Does.StartWith("<div class=\"reconcile reconcile-report\">"));
            Assert.That(html, Does.Contain("<table class=\"reconcile-groups\">"));
            Assert.That(html, Does.Contain(">CONFLICT</span>"));
            Assert.That(html, Does.Contain(">SINGLE SOURCE</span>"));
            Assert.That(html.IndexOf("CONFLICT", System.StringComparison.Ordinal), Is.LessThan(html.IndexOf("SINGLE SOURCE", System.StringComparison.Ordinal)), "conflicts first");
            Assert.That(html, Does.Contain("“&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; more than 5 troops”"));
            Assert.That(html, Does.Contain("“in &quot;2024&quot;”"));
            Assert.That(html, Does.Contain("<b>&lt;a&amp;b&gt;</b>"));
            Assert.That(html, Does.Contain("also: A second &lt;b&gt;reason&lt;/b&gt;."));
            Assert.That(html, Does.Not.Contain("<script>"));
            Assert.That(html, Does.Not.Contain("<a&b>"));
            Assert.That(html, Does.Not.Contain("<troops>"));
        });
    }

    [Test]
    public void Html_is_the_preferred_mime_type_of_the_result_types()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Formatter.GetPreferredMimeTypesFor(typeof(ReconciliationReport)), Does.Contain("text/html"));
            Assert.That(Formatter.GetPreferredMimeTypesFor(typeof(ClaimGroup)), Does.Contain("text/html"));
            Assert.That(Formatter.GetPreferredMimeTypesFor(typeof(Claim)), Does.Contain("text/html"));
        });
    }

    [Test]
    public void A_group_and_a_claim_display_as_html_of_their_own()
    {
        ReconciliationReport report = HostileReport();
        ClaimGroup conflict = report.Groups.Single(g => g.Verdict == Verdict.Conflict);

        string group = conflict.ToDisplayString("text/html");
        string claim = conflict.Claims[0].ToDisplayString("text/html");

        Assert.Multiple(() =>
        {
            Assert.That(group, Does.StartWith("<div class=\"reconcile reconcile-group\">"));
            Assert.That(group, Does.Contain(">CONFLICT</span> <b>&lt;troops&gt;</b> <small>g1</small>"));
            Assert.That(group, Does.Contain("<td class=\"source\">wire</td><td class=\"value\">nearly 5</td><td>“nearly 5 men”</td>"));
            Assert.That(group, Does.Not.Contain("<script>"));
            Assert.That(claim, Does.StartWith("<div class=\"reconcile reconcile-claim\">"));
            Assert.That(claim, Does.Contain("&lt;a&amp;b&gt;/1"));
            Assert.That(claim, Does.Contain("more than 5"));
            Assert.That(claim, Does.Not.Contain("<script>"));
        });
    }

    [Test]
    public void Groups_appear_in_the_order_of_the_plain_text_report()
    {
        ReconciliationReport report = Reconciler.Default.Reconcile(Samples.Load());
        string html = report.ToDisplayString("text/html");

        string[] textOrder = [.. report.ToString().Split('\n').Select(line => line.Split("  ")).Where(parts => parts.Length >= 3 && parts[1].StartsWith('g')).Select(parts => parts[1])];
        string[] htmlOrder = [.. Regex.Matches(html, "<br><small>(g[0-9]+)</small>").Select(m => m.Groups[1].Value)];

        Assert.That(htmlOrder, Is.EqualTo(textOrder));
        Assert.That(htmlOrder, Has.Length.EqualTo(report.Groups.Count));
    }

    [Test]
    public void The_page_filters_by_the_verdict_names_of_the_json_report()
    {
        // Two assemblies, one vocabulary: a #verdict= link and a script reading the JSON must agree on the names.
        Assert.That(
            Enum.GetValues<Verdict>().Select(HtmlRenderer.VerdictKey),
            Is.EqualTo(Enum.GetValues<Verdict>().Select(Reconcile.Json.Converters.WireNames.Verdicts.Name)));
    }

    [Test]
    public Task The_samples_report_as_html()
        => Verify(Reconciler.Default.Reconcile(Samples.Load()).ToDisplayString("text/html"), "html");
}
