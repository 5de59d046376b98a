using System;
using System.Collections.Generic;

namespace Reconcile.Truth;

/// <summary>
/// The truth model's conclusion about one fact: the best-supported value, how confident the model is, who backs
/// it, whether the evidence is decisive, and why.
/// </summary>
/// <threadsafety>Instances are immutable and safe to share between threads.</threadsafety>
internal sealed class ItemEstimate
{
    /// <summary>Initializes an estimate.</summary>
    /// <param name="itemId">The fact's id.</param>
    /// <param name="best">The best-supported value (the leading one when undecided, ties broken by <see cref="TruthValue.CompareTo"/>).</param>
    /// <param name="confidence">The probability the model gives <paramref name="best"/>, 0 to 1.</param>
    /// <param name="isDecided">Whether <paramref name="best"/> leads the next value by at least the decision margin.</param>
    /// <param name="rival">The most probable value that competes with <paramref name="best"/>, or <see langword="null"/> when none does.</param>
    /// <param name="candidates">Every value stated, with its probability, most probable first.</param>
    /// <param name="supporters">The sources whose claims support <paramref name="best"/>, heaviest first.</param>
    /// <param name="explanation">Why the value won, or why the model cannot decide, in plain English.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public ItemEstimate(string itemId, TruthValue best, double confidence, bool isDecided, TruthValue? rival, IReadOnlyList<(TruthValue Value, double Probability)> candidates, IReadOnlyList<WeightedSource> supporters, string explanation)
    {
        ArgumentNullException.ThrowIfNull(itemId);
        ArgumentNullException.ThrowIfNull(best);
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(supporters);
        ArgumentNullException.ThrowIfNull(explanation);
        ItemId = itemId;
        Best = best;
        Confidence = confidence;
        IsDecided = isDecided;
        Rival = rival;
        Candidates = [.. candidates];
        Supporters = [.. supporters];
        Explanation = explanation;
    }

    /// <summary>Gets the fact's id.</summary>
    public string ItemId { get; }

    /// <summary>Gets the best-supported value; when <see cref="IsDecided"/> is false, the leading one by the deterministic tie-break.</summary>
    public TruthValue Best { get; }

    /// <summary>Gets the probability the model gives <see cref="Best"/>.</summary>
    public double Confidence { get; }

    /// <summary>Gets a value indicating whether the evidence is decisive.</summary>
    public bool IsDecided { get; }

    /// <summary>Gets the most probable value that competes with <see cref="Best"/> (a hedge that allows it, or a value it allows, does not), or <see langword="null"/>.</summary>
    public TruthValue? Rival { get; }

    /// <summary>Gets every value stated, with its probability, most probable first (ties in canonical order).</summary>
    public IReadOnlyList<(TruthValue Value, double Probability)> Candidates { get; }

    /// <summary>Gets the sources whose claims support <see cref="Best"/>, heaviest first, then by id.</summary>
    public IReadOnlyList<WeightedSource> Supporters { get; }

    /// <summary>Gets why the value won, or why the model cannot decide.</summary>
    public string Explanation { get; }

    /// <summary>Returns the fact, the value and the confidence.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => FormattableString.Invariant($"{ItemId}: {Best} ({Confidence:0.00}{(IsDecided ? string.Empty : ", undecided")})");
}
