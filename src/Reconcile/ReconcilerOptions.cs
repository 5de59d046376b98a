using System.Collections.Generic;
using System.Globalization;

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

    internal ReconcilerOptions Clone() => (ReconcilerOptions)MemberwiseClone();

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

        return problems;
    }
}
