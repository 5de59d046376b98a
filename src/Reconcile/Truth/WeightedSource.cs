using System;

namespace Reconcile.Truth;

/// <summary>A source behind a value, with the weight its vote carried for it.</summary>
/// <threadsafety>Instances are immutable and safe to share between threads.</threadsafety>
internal sealed class WeightedSource
{
    /// <summary>Initializes a weighted source.</summary>
    /// <param name="sourceId">The source's id.</param>
    /// <param name="weight">The weight its claim lent the value: its vote (log-odds of its reliability), discounted for copies and scaled by how fully its own value supports this one.</param>
    /// <param name="value">The value the source itself stated.</param>
    /// <param name="countedOnce">Whether the source's vote was discounted because it copies another source that states the same value.</param>
    /// <exception cref="ArgumentException"><paramref name="sourceId"/> is empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    public WeightedSource(string sourceId, double weight, TruthValue value, bool countedOnce)
    {
        ArgumentException.ThrowIfNullOrEmpty(sourceId);
        ArgumentNullException.ThrowIfNull(value);
        SourceId = sourceId;
        Weight = weight;
        Value = value;
        CountedOnce = countedOnce;
    }

    /// <summary>Gets the source's id.</summary>
    public string SourceId { get; }

    /// <summary>Gets the weight the source's claim lent the value.</summary>
    public double Weight { get; }

    /// <summary>Gets the value the source itself stated.</summary>
    public TruthValue Value { get; }

    /// <summary>Gets a value indicating whether the source's vote was discounted as a copy of another's.</summary>
    public bool CountedOnce { get; }
}
