using System.Globalization;
using System.Text;

namespace Reconcile.Reporting;

/// <summary>Renders a report as Markdown for CMS notes and chat: a summary, then one table per group, conflicts first.</summary>
internal static class MarkdownReportWriter
{
    public static string Write(ReconciliationReport report)
    {
        var text = new StringBuilder("# Reconcile report\n\n");
        text.Append(CultureInfo.InvariantCulture, $"{report.Sources.Count} sources, {report.Claims.Count} claims, {report.Groups.Count} groups: ");
        text.Append(CultureInfo.InvariantCulture, $"**{report.Count(Verdict.Conflict)} conflict**, {report.Count(Verdict.ScopeDiffers)} scope differs, {report.Count(Verdict.Compatible)} compatible, {report.Count(Verdict.Agree)} agree, {report.Count(Verdict.SingleSource)} single source.\n");
        foreach (SourceCopy copy in report.Copies)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n_Copies: {Cell(copy.FirstSourceId)} and {Cell(copy.SecondSourceId)} republish one story ({copy.SharedFraction:P0} of the shorter text shared)._\n");
        }

        foreach (ClaimGroup group in ReportOrder.Groups(report))
        {
            text.Append(CultureInfo.InvariantCulture, $"\n## {TextReportWriter.VerdictName(group.Verdict)}: {Cell(group.Label)} ({group.Id})\n\n");
            text.Append("| source | value | claim | period |\n| --- | --- | --- | --- |\n");
            foreach (Claim claim in group.Claims)
            {
                text.Append(CultureInfo.InvariantCulture, $"| {Cell(claim.Source.Id)} | {Cell(ValueText.Short(claim.Value))} | “{Cell(claim.Text)}”{(claim.Attribution is { } by ? " (per " + Cell(by) + ")" : string.Empty)} | {Cell(claim.Scope?.Text ?? string.Empty)} |\n");
            }

            text.Append('\n').Append("> ").Append(Cell(group.Explanation)).Append('\n');
            if (ReportOrder.ShowsSupport(group))
            {
                text.Append(">\n> ⚖ ").Append(Cell(group.Supported!.Explanation)).Append('\n');
            }
        }

        if (ReportOrder.ShowsReliability(report))
        {
            text.Append("\n## Sources by reliability\n\n| source | reliability | claims | why |\n| --- | --- | --- | --- |\n");
            foreach (SourceReliability source in ReportOrder.Reliabilities(report))
            {
                text.Append(CultureInfo.InvariantCulture, $"| {Cell(source.SourceId)} | {source.Reliability:0.00} | {source.ClaimCount} | {Cell(source.Explanation ?? string.Empty)} |\n");
            }
        }

        return text.ToString();
    }

    // Pipes would end a table cell and line breaks a row; asterisks and underscores would start emphasis.
    private static string Cell(string value) => value
        .ReplaceLineEndings(" ")
        .Replace("|", "\\|", System.StringComparison.Ordinal)
        .Replace("*", "\\*", System.StringComparison.Ordinal)
        .Replace("_", "\\_", System.StringComparison.Ordinal);
}
