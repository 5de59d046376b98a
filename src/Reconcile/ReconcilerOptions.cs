using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Reconcile;

/// <summary>
/// Settings for a <see cref="Reconciler"/>. Mutable only until <see cref="ReconcilerBuilder.Build"/>
/// copies and validates them.
/// </summary>
public sealed class ReconcilerOptions
{
    /// <summary>
    /// Gets or sets how alike the contexts of two claims must be (0 to 1, cosine of weighted terms) for
    /// them to count as the same fact. Higher keeps more facts apart; lower merges more.
    /// </summary>
    /// <value>The default value is 0.2.</value>
    public double GroupingThreshold { get; set; } = 0.2;

    /// <summary>
    /// Gets or sets how many documents are read at once; -1 uses every core. The report is the same
    /// whatever the value.
    /// </summary>
    /// <value>The default value is -1.</value>
    public int MaxDegreeOfParallelism { get; set; } = -1;

    /// <summary>
    /// Gets or sets whether a bare weekday or month ("on Thursday", "since October") resolves to the most
    /// recent one on or before the publication date, as news usually means. When <see langword="false"/>,
    /// such expressions stay unresolved.
    /// </summary>
    /// <value>The default value is <see langword="true"/>.</value>
    public bool ResolveRelativeDatesToPast { get; set; } = true;

    /// <summary>
    /// Gets or sets the named entities recognized in member lists, with their aliases ("UK" = "Britain" =
    /// "the United Kingdom").
    /// </summary>
    /// <value>The default value is <see cref="EntityCatalog.Default"/>: the world's countries and the main international organizations.</value>
    public EntityCatalog Entities { get; set; } = EntityCatalog.Default;

    /// <summary>
    /// Gets or sets the reliability (0 to 1) expected of some sources before any evidence, by source id: a wire agency
    /// trusted more, an aggregator or an anonymous tip less. A source without a prior starts at 0.8 and is judged by
    /// how often its values turn out best supported.
    /// </summary>
    /// <remarks>A prior weighs as much as a very long record, so in practice it fixes the source's reliability; use
    /// it for what a newsroom knows, not for a hunch. Ids are compared ordinally.</remarks>
    /// <value>The default value is an empty dictionary.</value>
    public IDictionary<string, double> SourcePriors { get; set; } = new Dictionary<string, double>(StringComparer.Ordinal);

    internal ReconcilerOptions Clone()
    {
        var copy = (ReconcilerOptions)MemberwiseClone();
        copy.SourcePriors = SourcePriors is null ? null! : new Dictionary<string, double>(SourcePriors, StringComparer.Ordinal);
        return copy;
    }

    internal IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (!(GroupingThreshold > 0 && GroupingThreshold <= 1))
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"GroupingThreshold must be above 0 and at most 1, not {GroupingThreshold}."));
        }

        if (MaxDegreeOfParallelism is 0 or < -1)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"MaxDegreeOfParallelism must be -1 (every core) or a positive number, not {MaxDegreeOfParallelism}."));
        }

        if (Entities is null)
        {
            problems.Add("Entities must not be null; use EntityCatalog.Empty for none.");
        }

        if (SourcePriors is null)
        {
            problems.Add("SourcePriors must not be null; leave it empty for none.");
        }
        else
        {
            foreach ((string id, double prior) in SourcePriors.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                if (string.IsNullOrWhiteSpace(id))
                {
                    problems.Add("SourcePriors holds an empty source id.");
                }
                else if (!double.IsFinite(prior) || prior < 0 || prior > 1)
                {
                    problems.Add(string.Create(CultureInfo.InvariantCulture, $"The prior for source '{id}' must be between 0 and 1, not {prior}."));
                }
            }
        }

        return problems;
    }
}
