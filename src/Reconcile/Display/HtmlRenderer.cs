using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net;
using Reconcile.Reporting;

namespace Reconcile.Display;

/// <summary>
/// Writes reports, groups and claims as small self-contained HTML fragments for notebooks: inline styles only, and
/// every string that comes from an article or a caller (claim text, labels, source ids, explanations) HTML-encoded.
/// </summary>
/// <remarks>Output is deterministic: invariant culture, <c>\n</c> line ends, groups in the order of the plain-text
/// report (conflicts first, then by number of sources, then by id).</remarks>
internal static class HtmlRenderer
{
    // Notebooks right-align table cells and centre them vertically; claims read better left and top. One scoped
    // block per fragment keeps the markup small; the verdict badge keeps inline styles so it survives sanitizers
    // that drop <style>.
    private const string Style = "<style>.reconcile th,.reconcile td{text-align:left;vertical-align:top;padding:2px 8px}.reconcile tbody{border-top:1px solid #bbb}.reconcile .value,.reconcile .source{white-space:nowrap}.reconcile .supported{display:block;margin-top:4px}.reconcile mark{background:#fff3a0;padding:0 1px}</style>\n";

    /// <summary>Writes the report's table. With <paramref name="documents"/>, each claim is shown in its sentence
    /// with the claim's own words highlighted; without, the claim's words alone.</summary>
    public static void WriteReport(ReconciliationReport report, TextWriter w, IReadOnlyDictionary<string, Document>? documents = null)
    {
        w.Write("<div class=\"reconcile reconcile-report\">\n");
        w.Write(Style);
        w.Write("<p><b>Reconcile</b>: ");
        Text(w, ReportOrder.Summary(report));
        w.Write("</p>\n");
        if (report.Sources.Count > 0)
        {
            w.Write("<p>Sources: ");
            for (int i = 0; i < report.Sources.Count; i++)
            {
                Source source = report.Sources[i];
                w.Write(i == 0 ? "<b>" : ", <b>");
                Text(w, source.Id);
                w.Write("</b>");
                string[] details = [.. new[] { source.Outlet, source.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) }.OfType<string>()];
                if (details.Length > 0)
                {
                    w.Write(" (");
                    Text(w, string.Join(", ", details));
                    w.Write(')');
                }
            }

            w.Write("</p>\n");
        }

        foreach (SourceCopy copy in report.Copies)
        {
            w.Write("<p>Copies: ");
            Text(w, string.Create(CultureInfo.InvariantCulture, $"{copy.FirstSourceId} and {copy.SecondSourceId} republish one story ({copy.SharedFraction:P0} of the shorter text shared)."));
            w.Write("</p>\n");
        }

        w.Write("<table class=\"reconcile-groups\">\n");
        w.Write("<thead><tr><th>Verdict</th><th>Fact</th><th>Source</th><th>Value</th><th>Claim</th><th>Explanation</th></tr></thead>\n");
        foreach (ClaimGroup group in ReportOrder.Groups(report))
        {
            w.Write(string.Create(CultureInfo.InvariantCulture, $"<tbody data-verdict=\"{VerdictKey(group.Verdict)}\">\n"));
            string rows = group.Claims.Count == 1 ? string.Empty : string.Create(CultureInfo.InvariantCulture, $" rowspan=\"{group.Claims.Count}\"");
            for (int i = 0; i < group.Claims.Count; i++)
            {
                w.Write("<tr>");
                if (i == 0)
                {
                    w.Write($"<td{rows}>");
                    Badge(w, group.Verdict);
                    w.Write($"</td><td{rows}><b>");
                    Text(w, group.Label);
                    w.Write("</b><br><small>");
                    Text(w, group.Id);
                    w.Write("</small></td>");
                }

                ClaimCells(w, group.Claims[i], documents);
                if (i == 0)
                {
                    w.Write($"<td{rows}>");
                    Explanation(w, group);
                    w.Write("</td>");
                }

                w.Write("</tr>\n");
            }

            w.Write("</tbody>\n");
        }

        w.Write("</table>\n");
        if (ReportOrder.ShowsReliability(report))
        {
            w.Write("<p><b>Sources by reliability</b> across the report's facts</p>\n<table class=\"reconcile-sources\">\n<thead><tr><th>Source</th><th>Reliability</th><th>Claims</th><th>Why</th></tr></thead>\n<tbody>\n");
            foreach (SourceReliability source in ReportOrder.Reliabilities(report))
            {
                w.Write("<tr><td>");
                Text(w, source.SourceId);
                w.Write(string.Create(CultureInfo.InvariantCulture, $"</td><td>{source.Reliability:0.00}</td><td>{source.ClaimCount}</td><td>"));
                Text(w, source.Explanation ?? string.Empty);
                w.Write("</td></tr>\n");
            }

            w.Write("</tbody>\n</table>\n");
        }

        w.Write("</div>");
    }

    /// <summary>The verdict as the JSON report writes it, for filtering: <c>conflict</c>, <c>scope_differs</c>…</summary>
    public static string VerdictKey(Verdict verdict) => verdict switch
    {
        Verdict.Conflict => "conflict",
        Verdict.ScopeDiffers => "scope_differs",
        Verdict.Compatible => "compatible",
        Verdict.Agree => "agree",
        _ => "single_source",
    };

    /// <summary>A self-contained page: the report's table, and a filter by verdict.</summary>
    public static void WritePage(ReconciliationReport report, TextWriter w, IReadOnlyDictionary<string, Document>? documents = null)
    {
        w.Write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        w.Write("<title>Reconcile report</title>\n<style>body{font-family:system-ui,-apple-system,Segoe UI,sans-serif;margin:1.5em;color:#222}table{border-collapse:collapse}h1{font-size:1.4em}</style>\n</head>\n<body>\n");
        w.Write("<h1>Reconcile report</h1>\n<p><label>Show <select id=\"verdict-filter\"><option value=\"\">every verdict</option>");
        foreach (Verdict verdict in Enum.GetValues<Verdict>())
        {
            w.Write(string.Create(CultureInfo.InvariantCulture, $"<option value=\"{VerdictKey(verdict)}\">{VerdictKey(verdict).Replace('_', ' ')} ({report.Count(verdict)})</option>"));
        }

        w.Write("</select></label></p>\n");
        WriteReport(report, w, documents);
        // The filter hides the groups of other verdicts; a link ending in #verdict=conflict opens the page filtered.
        w.Write("\n<script>(function(){var f=document.getElementById('verdict-filter');function show(v){document.querySelectorAll('tbody[data-verdict]').forEach(function(b){b.hidden=v!==''&&b.getAttribute('data-verdict')!==v;});}f.addEventListener('change',function(){show(f.value);});var m=/^#verdict=([a-z_]+)$/.exec(location.hash);if(m){f.value=m[1];show(f.value);}})();</script>\n</body>\n</html>\n");
    }

    public static void WriteGroup(ClaimGroup group, TextWriter w)
    {
        w.Write("<div class=\"reconcile reconcile-group\">\n");
        w.Write(Style);
        w.Write("<p>");
        Badge(w, group.Verdict);
        w.Write(" <b>");
        Text(w, group.Label);
        w.Write("</b> <small>");
        Text(w, group.Id);
        w.Write("</small></p>\n");
        w.Write("<table>\n<thead><tr><th>Source</th><th>Value</th><th>Claim</th></tr></thead>\n<tbody>\n");
        foreach (Claim claim in group.Claims)
        {
            w.Write("<tr>");
            ClaimCells(w, claim, null);
            w.Write("</tr>\n");
        }

        w.Write("</tbody>\n</table>\n<p>");
        Explanation(w, group);
        w.Write("</p>\n</div>");
    }

    public static void WriteClaim(Claim claim, TextWriter w)
    {
        w.Write("<div class=\"reconcile reconcile-claim\">\n");
        w.Write(Style);
        w.Write("<table>\n<tbody>\n");
        Row(w, "Claim", claim.Id.Length == 0 ? "(not numbered yet)" : claim.Id);
        Row(w, "Source", claim.Source.Id);
        Row(w, "Text", Quote(claim.Text));
        Row(w, "Measure", claim.Measure);
        Row(w, "Value", claim.Value.ToString());
        if (claim.Scope is { } scope)
        {
            Row(w, "Period", scope.Text);
        }

        if (claim.Attribution is { } by)
        {
            Row(w, "Credited to", by);
        }

        Row(w, "Span", claim.Span.ToString());
        w.Write("</tbody>\n</table>\n</div>");
    }

    private static void ClaimCells(TextWriter w, Claim claim, IReadOnlyDictionary<string, Document>? documents)
    {
        w.Write("<td class=\"source\">");
        Text(w, claim.Source.Id);
        w.Write("</td><td class=\"value\">");
        Text(w, ValueText.Short(claim.Value));
        w.Write("</td><td>");
        if (documents is not null && documents.TryGetValue(claim.Source.Id, out Document? document) && InSentence(claim, document.Text))
        {
            // The sentence around the claim, its own words marked: what a reader checks the value against.
            string text = document.Text;
            w.Write('“');
            Text(w, text[claim.Sentence.Start..claim.Span.Start].ReplaceLineEndings(" "));
            w.Write("<mark>");
            Text(w, claim.Text.ReplaceLineEndings(" "));
            w.Write("</mark>");
            Text(w, text[claim.Span.End..claim.Sentence.End].ReplaceLineEndings(" "));
            w.Write('”');
        }
        else
        {
            Text(w, Quote(claim.Text));
        }

        if (claim.Scope is { } scope)
        {
            w.Write(" <small>[");
            Text(w, scope.Text);
            w.Write("]</small>");
        }

        if (claim.Attribution is { } by)
        {
            w.Write(" <small>(per ");
            Text(w, by);
            w.Write(")</small>");
        }

        w.Write("</td>");
    }

    // A report read back from JSON may meet documents that changed since: show the sentence only when it still
    // holds the claim's exact words where the report says they are.
    private static bool InSentence(Claim claim, string text)
        => claim.Sentence.Start <= claim.Span.Start && claim.Span.End <= claim.Sentence.End && claim.Sentence.End <= text.Length
            && claim.Span.Slice(text).Equals(claim.Text, StringComparison.Ordinal);

    private static void Explanation(TextWriter w, ClaimGroup group)
    {
        Text(w, group.Explanation);
        foreach (Discrepancy discrepancy in group.Discrepancies.Skip(1))
        {
            w.Write("<br><small>also: ");
            Text(w, discrepancy.Explanation);
            w.Write("</small>");
        }

        if (ReportOrder.ShowsSupport(group))
        {
            w.Write("<span class=\"supported\">⚖ ");
            Text(w, group.Supported!.Explanation);
            w.Write("</span>");
        }
    }

    private static void Row(TextWriter w, string name, string value)
    {
        w.Write($"<tr><th>{name}</th><td>");
        Text(w, value);
        w.Write("</td></tr>\n");
    }

    private static void Badge(TextWriter w, Verdict verdict)
    {
        string color = verdict switch
        {
            Verdict.Conflict => "#c62828",
            Verdict.ScopeDiffers => "#ef6c00",
            Verdict.Compatible => "#1565c0",
            Verdict.Agree => "#2e7d32",
            _ => "#616161",
        };
        w.Write($"<span class=\"reconcile-verdict\" style=\"background:{color};color:#fff;border-radius:3px;padding:1px 6px;font-weight:600;white-space:nowrap\">");
        w.Write(TextReportWriter.VerdictName(verdict));
        w.Write("</span>");
    }

    private static string Quote(string text) => string.Concat("“", text.ReplaceLineEndings(" "), "”");

    private static void Text(TextWriter w, string text) => w.Write(WebUtility.HtmlEncode(text));

}
