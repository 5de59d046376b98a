using System.Threading.Tasks;

namespace Reconcile.Tests.Reporting;

public sealed class ReportFormatsTests
{
    private static ReconciliationReport Report => Reconciler.Default.Reconcile(Samples.Load());

    [Test]
    public Task Samples_Markdown() => Verify(Report.ToMarkdown(), "md");

    [Test]
    public void Markdown_ConflictsComeFirst_AndCellsAreEscaped()
    {
        var source = new Source("a|b");
        var other = new Source("c");
        ReconciliationReport report = Reconciler.Default.Reconcile([
            new Document(source, "Officials said more than 11,000 troops were sent."),
            new Document(other, "Officials said nearly 11,000 troops were sent."),
        ]);
        string markdown = report.ToMarkdown();
        Assert.Multiple(() =>
        {
            Assert.That(markdown, Does.Contain("## CONFLICT: troops"));
            Assert.That(markdown, Does.Contain("| a\\|b |"));
        });
    }

    [Test]
    public void Html_IsOneSelfContainedPage_WithAVerdictFilter_AndEncodedText()
    {
        ReconciliationReport report = Reconciler.Default.Reconcile([
            new Document(new Source("x<i>"), "Officials said more than 11,000 troops were sent."),
            new Document(new Source("y"), "Officials said nearly 11,000 troops were sent."),
        ]);
        string html = report.ToHtml();
        Assert.Multiple(() =>
        {
            Assert.That(html, Does.StartWith("<!DOCTYPE html>"));
            Assert.That(html, Does.Contain("id=\"verdict-filter\"").And.Contain("tbody data-verdict=\"conflict\""));
            Assert.That(html, Does.Not.Contain("x<i>").And.Contain("x&lt;i&gt;"));
            Assert.That(html, Does.Not.Contain("http://").And.Not.Contain("https://"), "no external resources");
        });
    }

    [Test]
    public void Html_Samples_HasOneFilterableBodyPerGroup()
    {
        ReconciliationReport report = Report;
        string html = report.ToHtml();
        int bodies = html.Split("<tbody data-verdict=").Length - 1;
        Assert.That(bodies, Is.EqualTo(report.Groups.Count));
    }
}
