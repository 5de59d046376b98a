using System.Globalization;
using System.Linq;
using System.Text;

namespace Reconcile.Reporting;

/// <summary>Renders a report as plain text: a summary line, then one block per group, conflicts first.</summary>
internal static class TextReportWriter
{
    public static string Write(ReconciliationReport report)
    {
        var text = new StringBuilder();
        text.Append("Reconcile: ").Append(ReportOrder.Summary(report)).Append('\n');
        foreach (SourceCopy copy in report.Copies)
        {
            text.Append(CultureInfo.InvariantCulture, $"Copies: {copy.FirstSourceId} and {copy.SecondSourceId} republish one story ({copy.SharedFraction:P0} of the shorter text shared).\n");
        }

        foreach (ClaimGroup group in ReportOrder.Groups(report))
        {
            text.Append('\n');
            text.Append(CultureInfo.InvariantCulture, $"{VerdictName(group.Verdict)}  {group.Id}  {group.Label}\n");
            int idWidth = group.Claims.Max(c => c.Source.Id.Length);
            int valueWidth = group.Claims.Max(c => ValueText.Short(c.Value).Length);
            foreach (Claim claim in group.Claims)
            {
                string scope = claim.Scope is { } s ? $"  [{s.Text}]" : string.Empty;
                string credit = claim.Attribution is { } by ? $"  (per {OneLine(by)})" : string.Empty;
                text.Append("  ").Append(claim.Source.Id.PadRight(idWidth)).Append("  ")
                    .Append(ValueText.Short(claim.Value).PadRight(valueWidth)).Append("  \"")
                    .Append(OneLine(claim.Text)).Append('"').Append(scope).Append(credit).Append('\n');
            }

            text.Append("  → ").Append(group.Explanation).Append('\n');
            foreach (Discrepancy discrepancy in group.Discrepancies.Skip(1))
            {
                text.Append("    also: ").Append(discrepancy.Explanation).Append('\n');
            }

            if (ReportOrder.ShowsSupport(group))
            {
                text.Append("  ⚖ ").Append(group.Supported!.Explanation).Append('\n');
            }
        }

        if (ReportOrder.ShowsReliability(report))
        {
            text.Append("\nSources, by reliability across the report's facts:\n");
            foreach (SourceReliability source in ReportOrder.Reliabilities(report))
            {
                text.Append("  ").Append(source.Explanation ?? source.ToString()).Append('\n');
            }
        }

        return text.ToString();
    }

    internal static string VerdictName(Verdict verdict) => verdict switch
    {
        Verdict.Conflict => "CONFLICT",
        Verdict.ScopeDiffers => "SCOPE DIFFERS",
        Verdict.Compatible => "COMPATIBLE",
        Verdict.Agree => "AGREE",
        _ => "SINGLE SOURCE",
    };


    private static string OneLine(string text) => text.ReplaceLineEndings(" ");
}
