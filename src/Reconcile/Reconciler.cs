using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Reconcile.Grouping;
using Reconcile.Pipeline;
using Reconcile.Provenance;
using Reconcile.Text;
using Reconcile.Truth;

namespace Reconcile;

/// <summary>
/// Reconciles what several sources say about one event: cleans each document, extracts its claims, groups
/// the claims that describe the same fact, gives each group a verdict and an explanation, and weighs the sources:
/// the best-supported value of each fact and how far each source can be trusted.
/// </summary>
/// <example>
/// <code>
/// ReconciliationReport report = Reconciler.Default.Reconcile(documents);
/// Console.WriteLine(report);
/// </code>
/// </example>
/// <threadsafety>A reconciler is immutable and thread-safe: one instance may serve any number of calls at once.
/// The same documents give a byte-identical report in any order and on any number of cores.</threadsafety>
public sealed class Reconciler
{
    private readonly ReconcilerOptions _options;
    private readonly IDocumentCleaner _cleaner;
    private readonly IReadOnlyList<IClaimExtractor> _extractors;
    private readonly IClaimGrouper _grouper;
    private readonly IClaimComparer _comparer;
    private readonly FrozenDictionary<string, double> _priors;

    // How many groups are compared between two reports of progress: often enough for a bar, rare enough to cost nothing.
    private const int ProgressInterval = 256;

    internal Reconciler(ReconcilerOptions options, IDocumentCleaner cleaner, IReadOnlyList<IClaimExtractor> extractors, IClaimGrouper grouper, IClaimComparer comparer)
    {
        _options = options;
        _cleaner = cleaner;
        _extractors = extractors;
        _grouper = grouper;
        _comparer = comparer;
        _priors = options.SourcePriors.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>Gets a reconciler with the default stages and options, ready for notebooks and scripts.</summary>
    public static Reconciler Default { get; } = new ReconcilerBuilder().Build();

    /// <summary>Reconciles documents.</summary>
    /// <param name="documents">The documents; their source ids must be unique.</param>
    /// <param name="cancellationToken">Stops the work: between documents and stages, and between sentences within a document.</param>
    /// <returns>The report: every extracted claim in exactly one group.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="documents"/> is or holds <see langword="null"/>.</exception>
    /// <exception cref="ReconcileException">Two documents share a source id, or a custom stage broke its contract.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public ReconciliationReport Reconcile(IEnumerable<Document> documents, CancellationToken cancellationToken = default)
        => Reconcile(documents, null, cancellationToken);

    /// <summary>Reconciles documents, reporting how far it has got.</summary>
    /// <param name="documents">The documents; their source ids must be unique.</param>
    /// <param name="progress">Told of each document extracted and each stage's start and end (and of the comparing
    /// every few hundred groups), or <see langword="null"/>. Reports of the extracting stage may come from several
    /// threads at once; the report does not depend on it.</param>
    /// <param name="cancellationToken">Stops the work: between documents and stages, and between sentences within a document.</param>
    /// <returns>The report: every extracted claim in exactly one group.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="documents"/> is or holds <see langword="null"/>.</exception>
    /// <exception cref="ReconcileException">Two documents share a source id, or a custom stage broke its contract.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public ReconciliationReport Reconcile(IEnumerable<Document> documents, IProgress<ReconcileProgress>? progress, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        Document[] ordered = [.. documents];
        foreach (Document document in ordered)
        {
            ArgumentNullException.ThrowIfNull(document, nameof(documents));
        }

        Array.Sort(ordered, static (a, b) => string.CompareOrdinal(a.Source.Id, b.Source.Id));
        for (int i = 1; i < ordered.Length; i++)
        {
            if (string.Equals(ordered[i - 1].Source.Id, ordered[i].Source.Id, StringComparison.Ordinal))
            {
                throw new ReconcileException($"Two documents share the source id '{ordered[i].Source.Id}'; source ids must be unique.");
            }
        }

        var perDocument = new Claim[ordered.Length][];
        var paragraphs = new IReadOnlyList<TextSpan>[ordered.Length];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = _options.MaxDegreeOfParallelism, CancellationToken = cancellationToken };
        int extracted = 0;
        progress?.Report(new ReconcileProgress(ReconcileStage.Extracting, 0, ordered.Length));
        Parallel.For(0, ordered.Length, parallel, i =>
        {
            paragraphs[i] = _cleaner.Clean(ordered[i], cancellationToken);
            perDocument[i] = ExtractClaims(ordered[i], paragraphs[i], cancellationToken);
            int done = Interlocked.Increment(ref extracted);
            progress?.Report(new ReconcileProgress(ReconcileStage.Extracting, done, ordered.Length));
        });
        cancellationToken.ThrowIfCancellationRequested();
        IReadOnlyList<SourceCopy> copies = CopyDetector.Find(ordered, paragraphs);
        Dictionary<string, string> witnesses = CopyDetector.Witnesses(ordered.Select(d => d.Source.Id), copies);
        ILookup<string, SourceCopy> copiesBySource = copies.ToLookup(c => c.FirstSourceId, StringComparer.Ordinal);

        Claim[] claims = [.. perDocument.SelectMany(static c => c)];
        progress?.Report(new ReconcileProgress(ReconcileStage.Grouping, 0, 1));
        IReadOnlyList<IReadOnlyList<Claim>> grouped = _grouper.Group(claims, ordered, cancellationToken);
        progress?.Report(new ReconcileProgress(ReconcileStage.Grouping, 1, 1));
        cancellationToken.ThrowIfCancellationRequested();

        List<Claim[]> groups = CheckPartition(claims, grouped);
        var index = new Dictionary<Claim, int>(ReferenceEqualityComparer.Instance);
        for (int i = 0; i < claims.Length; i++)
        {
            index[claims[i]] = i;
        }

        foreach (Claim[] group in groups)
        {
            Array.Sort(group, (a, b) => index[a].CompareTo(index[b]));
        }

        groups.Sort((a, b) => index[a[0]].CompareTo(index[b[0]]));
        // Groups are compared independently (comparers are thread-safe by contract), on every core allowed; each
        // assessment lands in its group's slot, so the report is the same on any number of threads.
        var assessments = new GroupAssessment[groups.Count];
        progress?.Report(new ReconcileProgress(ReconcileStage.Comparing, 0, groups.Count));
        int compared = 0;
        Parallel.For(0, groups.Count, parallel, i =>
        {
            assessments[i] = _comparer.Compare(groups[i]);
            if (progress is not null && Interlocked.Increment(ref compared) is int done && done % ProgressInterval == 0 && done < groups.Count)
            {
                progress.Report(new ReconcileProgress(ReconcileStage.Comparing, done, groups.Count));
            }
        });
        var ids = new string[groups.Count];
        var independents = new int[groups.Count];
        for (int i = 0; i < groups.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            ids[i] = string.Create(CultureInfo.InvariantCulture, $"g{i + 1}");
            string[] sources = [.. groups[i].Select(c => c.Source.Id).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
            independents[i] = sources.Select(s => witnesses[s]).Distinct(StringComparer.Ordinal).Count();
            if (independents[i] < sources.Length)
            {
                GroupAssessment assessment = assessments[i];
                assessments[i] = new GroupAssessment(assessment.Verdict, assessment.Discrepancies, assessment.Explanation + " " + CopyNote(sources, independents[i], copiesBySource));
            }
        }

        progress?.Report(new ReconcileProgress(ReconcileStage.Comparing, groups.Count, groups.Count));
        cancellationToken.ThrowIfCancellationRequested();

        // The weighing needs only each fact's claims and verdict, so every group is built once, with its value.
        progress?.Report(new ReconcileProgress(ReconcileStage.Weighing, 0, 1));
        Source[] sourceList = [.. ordered.Select(static d => d.Source)];
        (SupportedValue[] supported, IReadOnlyList<SourceReliability> reliabilities) = ReportSupport.Estimate(
            sourceList, [.. groups.Select((g, i) => (ids[i], (IReadOnlyList<Claim>)g, assessments[i].Verdict))], copies, _priors);
        var result = new ClaimGroup[groups.Count];
        for (int i = 0; i < groups.Count; i++)
        {
            result[i] = new ClaimGroup(ids[i], GroupLabels.For(groups[i]), groups[i], assessments[i], independents[i], supported[i]);
        }

        var report = new ReconciliationReport(sourceList, result, copies, reliabilities);
        progress?.Report(new ReconcileProgress(ReconcileStage.Weighing, 1, 1));
        return report;
    }

    private static string CopyNote(string[] sources, int independent, ILookup<string, SourceCopy> copies)
    {
        var inGroup = new HashSet<string>(sources, StringComparer.Ordinal);
        IEnumerable<string> pairs = sources
            .SelectMany(s => copies[s])
            .Where(c => inGroup.Contains(c.SecondSourceId))
            .Select(c => $"{c.FirstSourceId} and {c.SecondSourceId}");
        const int MaxListed = 5;
        string[] listed = [.. pairs.Take(MaxListed + 1)];
        string shown = listed.Length > MaxListed ? string.Join("; ", listed[..MaxListed]) + "; and others" : string.Join("; ", listed);
        return string.Create(CultureInfo.InvariantCulture, $"{sources.Length} sources, {independent} independent: {shown} republish one story.");
    }

    private Claim[] ExtractClaims(Document document, IReadOnlyList<TextSpan> paragraphs, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        IReadOnlyList<TextSpan> sentences = SentenceSplitter.Split(document.Text, paragraphs, cancellationToken);
        var found = new List<Claim>();
        foreach (IClaimExtractor extractor in _extractors)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (Claim claim in extractor.Extract(document, sentences, cancellationToken))
            {
                if (!ReferenceEquals(claim.Source, document.Source) && claim.Source != document.Source)
                {
                    throw new ReconcileException($"An extractor ({extractor.GetType().Name}) returned a claim for source '{claim.Source.Id}' while reading '{document.Source.Id}'.");
                }

                if (claim.Span.End > document.Text.Length || !claim.Span.Slice(document.Text).Equals(claim.Text, StringComparison.Ordinal))
                {
                    throw new ReconcileException($"An extractor ({extractor.GetType().Name}) returned a claim whose text is not the text at its span: \"{claim.Text}\" at {claim.Span}.");
                }

                // The first extractor to claim a stretch of text keeps it.
                Keep(found, claim);
            }
        }

        found.Sort(static (a, b) => a.Span.CompareTo(b.Span));
        var numbered = new Claim[found.Count];
        for (int i = 0; i < numbered.Length; i++)
        {
            numbered[i] = found[i].WithId(string.Create(CultureInfo.InvariantCulture, $"{document.Source.Id}/{i + 1}"));
        }

        return numbered;
    }

    // Adds a claim unless it overlaps one kept before. The kept claims never overlap and stay sorted by span, so
    // their ends rise with their starts: only the last one starting before the new claim ends can overlap it.
    // (A scan of every kept claim made a document with 30,000 figures take seconds per extractor.)
    private static void Keep(List<Claim> kept, Claim claim)
    {
        TextSpan span = claim.Span;
        int lo = 0, hi = kept.Count;
        while (lo < hi)
        {
            int mid = lo + ((hi - lo) / 2);
            if (kept[mid].Span.Start < span.End)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        if (lo > 0 && kept[lo - 1].Span.Overlaps(span))
        {
            return;
        }

        int at = lo;
        while (at > 0 && kept[at - 1].Span.CompareTo(span) > 0)
        {
            at--;
        }

        kept.Insert(at, claim);
    }

    private static List<Claim[]> CheckPartition(Claim[] claims, IReadOnlyList<IReadOnlyList<Claim>> grouped)
    {
        var seen = new HashSet<Claim>(ReferenceEqualityComparer.Instance);
        var known = new HashSet<Claim>(claims, ReferenceEqualityComparer.Instance);
        var groups = new List<Claim[]>(grouped.Count);
        foreach (IReadOnlyList<Claim> group in grouped)
        {
            if (group.Count == 0)
            {
                continue;
            }

            foreach (Claim claim in group)
            {
                if (!known.Contains(claim))
                {
                    throw new ReconcileException($"The grouper returned a claim it was not given: {claim}.");
                }

                if (!seen.Add(claim))
                {
                    throw new ReconcileException($"The grouper put claim {claim.Id} in more than one group.");
                }
            }

            groups.Add([.. group]);
        }

        // A claim the grouper left out still appears in the report, on its own.
        foreach (Claim claim in claims)
        {
            if (!seen.Contains(claim))
            {
                groups.Add([claim]);
            }
        }

        return groups;
    }
}
