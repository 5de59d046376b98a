using System;
using System.Collections.Generic;
using System.Linq;

namespace Reconcile.Truth;

/// <summary>
/// What the truth model weighs: the claims (each source's value for each fact), the pairs of sources known to
/// republish one another, the reliability a user expects of some sources before any evidence, and classes of
/// sources (wire agencies, social media, anonymous edits) whose typical reliability the model may learn.
/// </summary>
/// <remarks>
/// <para>The claims are kept in a canonical order (fact, source, value), so the result does not depend on the
/// order they were given in. A source may state several values for one fact; they share its vote.</para>
/// <threadsafety>Instances are immutable and safe to share between threads.</threadsafety>
/// </remarks>
internal sealed class TruthProblem
{
    /// <summary>Initializes a problem.</summary>
    /// <param name="claims">The claims, at least one.</param>
    /// <param name="copies">Pairs of source ids that republish one story (wire copies); each pair counts as one witness where both state the same value.</param>
    /// <param name="priors">The reliability (0 to 1) a user expects of some sources, by source id.</param>
    /// <param name="sourceClasses">The class of some sources, by source id: sources of one class share a learned default
    /// reliability (<see cref="TruthOptions.LearnDefaultReliability"/>); sources without a class share another.</param>
    /// <exception cref="ArgumentNullException"><paramref name="claims"/> is or holds <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A source id or class in <paramref name="priors"/> or <paramref name="sourceClasses"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A prior is not between 0 and 1.</exception>
    public TruthProblem(IEnumerable<TruthClaim> claims, IEnumerable<(string First, string Second)>? copies = null, IReadOnlyDictionary<string, double>? priors = null, IReadOnlyDictionary<string, string>? sourceClasses = null)
    {
        ArgumentNullException.ThrowIfNull(claims);
        TruthClaim[] sorted = [.. claims];
        foreach (TruthClaim claim in sorted)
        {
            ArgumentNullException.ThrowIfNull(claim, nameof(claims));
        }

        Array.Sort(sorted, static (a, b) =>
        {
            int byItem = string.CompareOrdinal(a.ItemId, b.ItemId);
            if (byItem != 0)
            {
                return byItem;
            }

            int bySource = string.CompareOrdinal(a.SourceId, b.SourceId);
            return bySource != 0 ? bySource : a.Value.CompareTo(b.Value);
        });
        Claims = sorted;

        var pairs = new SortedSet<(string, string)>(Comparer<(string, string)>.Create(static (x, y) =>
        {
            int first = string.CompareOrdinal(x.Item1, y.Item1);
            return first != 0 ? first : string.CompareOrdinal(x.Item2, y.Item2);
        }));
        foreach ((string first, string second) in copies ?? [])
        {
            ArgumentException.ThrowIfNullOrEmpty(first, nameof(copies));
            ArgumentException.ThrowIfNullOrEmpty(second, nameof(copies));
            if (!string.Equals(first, second, StringComparison.Ordinal))
            {
                pairs.Add(string.CompareOrdinal(first, second) < 0 ? (first, second) : (second, first));
            }
        }

        Copies = [.. pairs];

        var known = new SortedDictionary<string, double>(StringComparer.Ordinal);
        foreach (KeyValuePair<string, double> prior in priors ?? new Dictionary<string, double>())
        {
            ArgumentException.ThrowIfNullOrEmpty(prior.Key, nameof(priors));
            if (!double.IsFinite(prior.Value) || prior.Value < 0 || prior.Value > 1)
            {
                throw new ArgumentOutOfRangeException(nameof(priors), $"The prior for '{prior.Key}' must be between 0 and 1.");
            }

            known[prior.Key] = prior.Value;
        }

        Priors = known;

        var classes = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (KeyValuePair<string, string> sourceClass in sourceClasses ?? new Dictionary<string, string>())
        {
            ArgumentException.ThrowIfNullOrEmpty(sourceClass.Key, nameof(sourceClasses));
            ArgumentException.ThrowIfNullOrEmpty(sourceClass.Value, nameof(sourceClasses));
            classes[sourceClass.Key] = sourceClass.Value;
        }

        SourceClasses = classes;
        SourceIds = [.. Claims.Select(c => c.SourceId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }

    /// <summary>Gets the claims, ordered by fact, source and value.</summary>
    public IReadOnlyList<TruthClaim> Claims { get; }

    /// <summary>Gets the pairs of sources that republish one story, each ordered and listed once, in ordinal order.</summary>
    public IReadOnlyList<(string First, string Second)> Copies { get; }

    /// <summary>Gets the reliability a user expects of some sources, by source id, in ordinal order.</summary>
    public IReadOnlyDictionary<string, double> Priors { get; }

    /// <summary>Gets the class of some sources, by source id, in ordinal order.</summary>
    public IReadOnlyDictionary<string, string> SourceClasses { get; }

    /// <summary>Gets the distinct source ids, in ordinal order.</summary>
    public IReadOnlyList<string> SourceIds { get; }
}
