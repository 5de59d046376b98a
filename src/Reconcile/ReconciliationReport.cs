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
    /// <param name="sourceReliabilities">How far each source can be trusted, if estimated; at most one per source.</param>
    /// <exception cref="ArgumentNullException">An argument is or holds <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A claim appears in more than one group, or a reliability names a source twice or one that is not among <paramref name="sources"/>.</exception>
    public ReconciliationReport(IReadOnlyList<Source> sources, IReadOnlyList<ClaimGroup> groups, IReadOnlyList<SourceCopy>? copies = null, IReadOnlyList<SourceReliability>? sourceReliabilities = null)
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

        var reliabilities = new Dictionary<string, SourceReliability>(StringComparer.Ordinal);
        foreach (SourceReliability reliability in sourceReliabilities ?? [])
        {
            ArgumentNullException.ThrowIfNull(reliability, nameof(sourceReliabilities));
            if (!order.ContainsKey(reliability.SourceId))
            {
                throw new ArgumentException($"The reliability of '{reliability.SourceId}' names a source that is not among the report's sources.", nameof(sourceReliabilities));
            }

            if (!reliabilities.TryAdd(reliability.SourceId, reliability))
            {
                throw new ArgumentException($"Source '{reliability.SourceId}' has more than one reliability.", nameof(sourceReliabilities));
            }
        }

        SourceReliabilities = [.. Sources.Select(s => reliabilities.GetValueOrDefault(s.Id)).OfType<SourceReliability>()];
    }

    /// <summary>
    /// Gets how far each source can be trusted, judged across every fact of the report, in the order of
    /// <see cref="Sources"/>; empty when not estimated. A reconciler estimates it for every source.
    /// </summary>
    public IReadOnlyList<SourceReliability> SourceReliabilities { get; }

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

    /// <summary>Renders the report as one self-contained HTML page: the groups as a table, conflicts first, the
    /// best-supported value where sources differ, the sources by reliability, every article text HTML-encoded, and a
    /// filter by verdict.</summary>
    /// <param name="documents">The documents the report was made from, to show each claim in its sentence with the
    /// claim's words highlighted; <see langword="null"/> (or a document missing or changed since) shows the claim's
    /// words alone.</param>
    /// <returns>The page, with <c>\n</c> line ends.</returns>
    /// <exception cref="ArgumentException">Two documents share a source id.</exception>
    public string ToHtml(IEnumerable<Document>? documents = null)
    {
        Dictionary<string, Document>? bySource = null;
        if (documents is not null)
        {
            bySource = new Dictionary<string, Document>(StringComparer.Ordinal);
            foreach (Document document in documents)
            {
                ArgumentNullException.ThrowIfNull(document, nameof(documents));
                if (!bySource.TryAdd(document.Source.Id, document))
                {
                    throw new ArgumentException($"Two documents share the source id '{document.Source.Id}'.", nameof(documents));
                }
            }
        }

        using var writer = new System.IO.StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        Display.HtmlRenderer.WritePage(this, writer, bySource);
        return writer.ToString();
    }

    /// <summary>Renders the report as Markdown, for CMS notes and chat: one table per group, conflicts first.</summary>
    /// <returns>The Markdown text, with <c>\n</c> line ends.</returns>
    public string ToMarkdown() => MarkdownReportWriter.Write(this);

    /// <summary>Renders the plain-text report: a summary line, then each group, conflicts first.</summary>
    /// <returns>The report as text, with <c>\n</c> line ends.</returns>
    public override string ToString() => TextReportWriter.Write(this);
}
