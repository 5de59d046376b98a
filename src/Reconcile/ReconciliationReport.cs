using System;
using System.Collections.Generic;
using System.Linq;
using Reconcile.Display;
using Reconcile.Reporting;

namespace Reconcile;

/// <summary>
/// The result of a reconciliation: the sources read and the groups of claims, each with a verdict and an
/// explanation. Every extracted claim appears in exactly one group.
/// </summary>
/// <remarks><see cref="ToString"/> renders the plain-text report, conflicts first.</remarks>
/// <threadsafety>Instances are immutable and safe to share between threads.</threadsafety>
[TypeFormatterSource(typeof(HtmlFormatterSource), PreferredMimeTypes = ["text/html"])]
public sealed class ReconciliationReport
{
    /// <summary>Initializes a report, for example when reading one back from JSON.</summary>
    /// <param name="sources">The sources read, ordered by id.</param>
    /// <param name="groups">The groups, in id order.</param>
    /// <param name="copies">The pairs of sources found to republish one story, if any.</param>
    /// <exception cref="ArgumentNullException">An argument is or holds <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A claim appears in more than one group.</exception>
    public ReconciliationReport(IReadOnlyList<Source> sources, IReadOnlyList<ClaimGroup> groups, IReadOnlyList<SourceCopy>? copies = null)
    {
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(groups);
        Sources = [.. sources];
        Copies = [.. copies ?? []];
        Groups = [.. groups];
        var seen = new HashSet<Claim>(ReferenceEqualityComparer.Instance);
        var claims = new List<Claim>();
        foreach (ClaimGroup group in Groups)
        {
            ArgumentNullException.ThrowIfNull(group, nameof(groups));
            foreach (Claim claim in group.Claims)
            {
                if (!seen.Add(claim))
                {
                    throw new ArgumentException($"Claim {claim.Id} appears in more than one group.", nameof(groups));
                }

                claims.Add(claim);
            }
        }

        var order = Sources.Select((s, i) => (s.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        Claims = [.. claims
            .OrderBy(c => order.TryGetValue(c.Source.Id, out int i) ? i : int.MaxValue)
            .ThenBy(c => c.Source.Id, StringComparer.Ordinal)
            .ThenBy(c => c.Span)];
    }

    /// <summary>Gets the sources read, ordered by id.</summary>
    public IReadOnlyList<Source> Sources { get; }

    /// <summary>Gets the groups, in id order (<c>g1</c>, <c>g2</c>…: the order of their first claims in the text).</summary>
    public IReadOnlyList<ClaimGroup> Groups { get; }

    /// <summary>Gets the pairs of sources that republish one story (wire copies), ordered by ids.</summary>
    public IReadOnlyList<SourceCopy> Copies { get; }

    /// <summary>Gets every claim, ordered by source and position.</summary>
    public IReadOnlyList<Claim> Claims { get; }

    /// <summary>Gets the number of groups with each verdict.</summary>
    /// <param name="verdict">The verdict to count.</param>
    /// <returns>How many groups have it.</returns>
    public int Count(Verdict verdict) => Groups.Count(g => g.Verdict == verdict);

    /// <summary>Renders the report as one self-contained HTML page: the groups as a table, conflicts first, every
    /// article text HTML-encoded, and a filter by verdict.</summary>
    /// <returns>The page, with <c>\n</c> line ends.</returns>
    public string ToHtml()
    {
        using var writer = new System.IO.StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        Display.HtmlRenderer.WritePage(this, writer);
        return writer.ToString();
    }

    /// <summary>Renders the report as Markdown, for CMS notes and chat: one table per group, conflicts first.</summary>
    /// <returns>The Markdown text, with <c>\n</c> line ends.</returns>
    public string ToMarkdown() => MarkdownReportWriter.Write(this);

    /// <summary>Renders the plain-text report: a summary line, then each group, conflicts first.</summary>
    /// <returns>The report as text, with <c>\n</c> line ends.</returns>
    public override string ToString() => TextReportWriter.Write(this);
}
