using System;
using System.Collections.Generic;
using System.Linq;

namespace Reconcile.Truth;

/// <summary>The truth model's conclusions: one estimate per fact, one per source, and the copying it found.</summary>
/// <threadsafety>Instances are immutable and safe to share between threads.</threadsafety>
internal sealed class TruthResult
{
    private readonly Dictionary<string, ItemEstimate> _byItem;

    /// <summary>Initializes a result.</summary>
    /// <param name="items">The estimates per fact, in ordinal order of fact id.</param>
    /// <param name="sources">The estimates per source, in ordinal order of source id.</param>
    /// <param name="copies">The pairs of sources treated as copies (given or detected), with the probability used.</param>
    /// <param name="rounds">How many rounds of re-estimation ran.</param>
    /// <param name="defaultReliability">The reliability assumed for a source without a user prior or a class, as set or learned.</param>
    /// <param name="classDefaults">The reliability assumed for a source of each class without a user prior, by class, as set or learned.</param>
    /// <param name="falseValueCount">The number of false values per fact assumed in the votes, as set or learned.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public TruthResult(IReadOnlyList<ItemEstimate> items, IReadOnlyList<SourceEstimate> sources, IReadOnlyList<(string First, string Second, double Probability)> copies, int rounds, double defaultReliability, IReadOnlyDictionary<string, double> classDefaults, double falseValueCount)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(copies);
        ArgumentNullException.ThrowIfNull(classDefaults);
        Items = [.. items];
        Sources = [.. sources];
        Copies = [.. copies];
        Rounds = rounds;
        DefaultReliability = defaultReliability;
        ClassDefaults = new SortedDictionary<string, double>(classDefaults.ToDictionary(c => c.Key, c => c.Value, StringComparer.Ordinal), StringComparer.Ordinal);
        FalseValueCount = falseValueCount;
        _byItem = Items.ToDictionary(i => i.ItemId, StringComparer.Ordinal);
    }

    /// <summary>Gets the estimates per fact, in ordinal order of fact id.</summary>
    public IReadOnlyList<ItemEstimate> Items { get; }

    /// <summary>Gets the estimates per source, in ordinal order of source id.</summary>
    public IReadOnlyList<SourceEstimate> Sources { get; }

    /// <summary>Gets the pairs of sources treated as copies, with the probability used, in ordinal order.</summary>
    public IReadOnlyList<(string First, string Second, double Probability)> Copies { get; }

    /// <summary>Gets how many rounds of re-estimation ran.</summary>
    public int Rounds { get; }

    /// <summary>Gets the reliability assumed for a source without a user prior or a class before its own record counts,
    /// as set or learned from the data (<see cref="TruthOptions.LearnDefaultReliability"/>).</summary>
    public double DefaultReliability { get; }

    /// <summary>Gets the reliability assumed for a source of each class (<see cref="TruthProblem.SourceClasses"/>) without
    /// a user prior, by class in ordinal order, as set or learned from the data.</summary>
    public IReadOnlyDictionary<string, double> ClassDefaults { get; }

    /// <summary>Gets the number of false values per fact assumed in the votes, as set or learned from the data
    /// (<see cref="TruthOptions.LearnFalseValueCount"/>).</summary>
    public double FalseValueCount { get; }

    /// <summary>Finds the estimate for a fact.</summary>
    /// <param name="itemId">The fact's id.</param>
    /// <returns>The estimate.</returns>
    /// <exception cref="KeyNotFoundException">No claim is about <paramref name="itemId"/>.</exception>
    public ItemEstimate this[string itemId] => _byItem[itemId];
}
