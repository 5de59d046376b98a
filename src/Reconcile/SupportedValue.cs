using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;

namespace Reconcile;

/// <summary>
/// The value of a fact that the evidence supports best, once sources are weighed by their reliability, copies count
/// once, near figures back each other and hedges back the values they allow; or an explicit "cannot decide" when
/// the evidence is balanced.
/// </summary>
/// <remarks>
/// <para><see cref="Confidence"/> is the probability the truth model gives the value, which also counts the chance
/// that every source is wrong: one source at reliability 0.8 gives its value a confidence of 0.8, not 1.</para>
/// <para>When <see cref="IsDecided"/> is <see langword="false"/>, <see cref="Value"/> is <see langword="null"/>,
/// <see cref="Description"/> names the values that are balanced and <see cref="SupportingSourceIds"/> is empty.</para>
/// <threadsafety>Instances are immutable and safe to share between threads.</threadsafety>
/// </remarks>
public sealed class SupportedValue
{
    /// <summary>Initializes a supported value, as the truth model does, or when reading a report back.</summary>
    /// <param name="value">The best-supported value, or <see langword="null"/> when the model cannot decide.</param>
    /// <param name="description">The value as a reporter writes it, or what the model cannot decide between.</param>
    /// <param name="confidence">The probability the model gives the value, 0 to 1.</param>
    /// <param name="isDecided">Whether the evidence is decisive.</param>
    /// <param name="supportingSources">The sources behind the value with the weight each lent it, heaviest first; empty when undecided.</param>
    /// <param name="explanation">Why the value won, or why the model cannot decide, in plain English.</param>
    /// <exception cref="ArgumentNullException"><paramref name="supportingSources"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="description"/> or <paramref name="explanation"/> is empty, a source id is empty or repeated, or a decided value is missing.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="confidence"/> is not between 0 and 1, or a weight is negative or not finite.</exception>
    public SupportedValue(ClaimValue? value, string description, double confidence, bool isDecided, IEnumerable<KeyValuePair<string, double>> supportingSources, string explanation)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(description);
        ArgumentException.ThrowIfNullOrWhiteSpace(explanation);
        ArgumentNullException.ThrowIfNull(supportingSources);
        if (!double.IsFinite(confidence) || confidence < 0 || confidence > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(confidence), "A confidence is a probability between 0 and 1.");
        }

        if (isDecided && value is null)
        {
            throw new ArgumentException("A decided value must be given.", nameof(value));
        }

        var ids = new List<string>();
        var weights = ImmutableSortedDictionary.CreateBuilder<string, double>(StringComparer.Ordinal);
        foreach ((string id, double weight) in supportingSources)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(id, nameof(supportingSources));
            if (!double.IsFinite(weight) || weight < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(supportingSources), $"The weight of '{id}' must be a finite number, 0 or more.");
            }

            if (!weights.TryAdd(id, weight))
            {
                throw new ArgumentException($"Source '{id}' is listed twice.", nameof(supportingSources));
            }

            ids.Add(id);
        }

        Value = isDecided ? value : null;
        Description = description;
        Confidence = confidence;
        IsDecided = isDecided;
        SupportingSourceIds = [.. ids];
        SupportingWeights = weights.ToImmutable();
        Explanation = explanation;
    }

    /// <summary>Gets the best-supported value, or <see langword="null"/> when the model cannot decide.</summary>
    public ClaimValue? Value { get; }

    /// <summary>Gets the value as a reporter writes it ("more than 11,000"), or what the model cannot decide between.</summary>
    public string Description { get; }

    /// <summary>Gets the probability the truth model gives the value, 0 to 1.</summary>
    public double Confidence { get; }

    /// <summary>Gets a value indicating whether the evidence is decisive; <see langword="false"/> means "cannot decide".</summary>
    public bool IsDecided { get; }

    /// <summary>Gets the ids of the sources behind the value, heaviest weight first, then in ordinal order.</summary>
    public IReadOnlyList<string> SupportingSourceIds { get; }

    /// <summary>Gets the weight each supporting source lent the value, by source id (enumerated in ordinal order).</summary>
    /// <remarks>A weight is the source's vote (the log-odds of its reliability), discounted when it copies another
    /// supporter, and scaled down when its own value only partly supports this one (a near figure, a hedge that allows it).</remarks>
    public IReadOnlyDictionary<string, double> SupportingWeights { get; }

    /// <summary>Gets why the value won, or why the model cannot decide, in plain English.</summary>
    public string Explanation { get; }

    /// <summary>Returns the description and the confidence.</summary>
    /// <returns>A short description, culture-invariant.</returns>
    public override string ToString()
        => IsDecided
            ? string.Create(CultureInfo.InvariantCulture, $"{Description} (confidence {Confidence:0.00})")
            : "cannot decide: " + Description;
}
