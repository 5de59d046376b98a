using System;

namespace Reconcile.Truth;

/// <summary>One source's value for one fact: the input unit of the truth model.</summary>
/// <threadsafety>Instances are immutable and safe to share between threads.</threadsafety>
internal sealed class TruthClaim
{
    /// <summary>Initializes a claim.</summary>
    /// <param name="sourceId">Who states it.</param>
    /// <param name="itemId">Which fact it is about.</param>
    /// <param name="value">The value stated.</param>
    /// <exception cref="ArgumentException">An id is empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    public TruthClaim(string sourceId, string itemId, TruthValue value)
    {
        ArgumentException.ThrowIfNullOrEmpty(sourceId);
        ArgumentException.ThrowIfNullOrEmpty(itemId);
        ArgumentNullException.ThrowIfNull(value);
        SourceId = sourceId;
        ItemId = itemId;
        Value = value;
    }

    /// <summary>Gets the id of the source that states the value.</summary>
    public string SourceId { get; }

    /// <summary>Gets the id of the fact the value is about.</summary>
    public string ItemId { get; }

    /// <summary>Gets the value stated.</summary>
    public TruthValue Value { get; }

    /// <summary>Returns the source, the fact and the value.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => $"{SourceId} on {ItemId}: {Value}";
}
