using System;
using System.Collections.Generic;
using System.Linq;
using Reconcile.Display;

namespace Reconcile;

/// <summary>
/// The claims that describe one fact, from one or more sources, with the verdict on whether they agree and
/// an explanation a reporter can act on.
/// </summary>
/// <remarks>Claims are ordered by source id, then by position in the text.</remarks>
/// <threadsafety>Instances are immutable and safe to share between threads.</threadsafety>
[TypeFormatterSource(typeof(HtmlFormatterSource), PreferredMimeTypes = ["text/html"])]
public sealed class ClaimGroup
{
    /// <summary>Initializes a group, as a reconciler does, or when reading a report back from JSON.</summary>
    /// <param name="id">The group's id, such as <c>g1</c>.</param>
    /// <param name="label">What the fact is about.</param>
    /// <param name="claims">The claims, at least one, ordered by source id and position.</param>
    /// <param name="assessment">The verdict, discrepancies and explanation.</param>
    /// <param name="independentSourceCount">How many independent witnesses the sources are once copies of one story count as one; defaults to the number of sources.</param>
    /// <param name="supported">The best-supported value of the fact, or <see langword="null"/> when it was not estimated.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> or <paramref name="label"/> is empty, <paramref name="claims"/> is empty, or <paramref name="supported"/> names a source that makes none of the claims.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="independentSourceCount"/> is below 1 or above the number of sources.</exception>
    public ClaimGroup(string id, string label, IReadOnlyList<Claim> claims, GroupAssessment assessment, int? independentSourceCount = null, SupportedValue? supported = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(label);
        ArgumentNullException.ThrowIfNull(claims);
        ArgumentNullException.ThrowIfNull(assessment);
        if (claims.Count == 0)
        {
            throw new ArgumentException("A group holds at least one claim.", nameof(claims));
        }

        Id = id;
        Label = label;
        Claims = [.. claims];
        Verdict = assessment.Verdict;
        Discrepancies = assessment.Discrepancies;
        Explanation = assessment.Explanation;
        SourceIds = [.. Claims.Select(c => c.Source.Id).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        int independent = independentSourceCount ?? SourceIds.Count;
        ArgumentOutOfRangeException.ThrowIfLessThan(independent, 1, nameof(independentSourceCount));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(independent, SourceIds.Count, nameof(independentSourceCount));
        IndependentSourceCount = independent;
        if (supported?.SupportingSourceIds.FirstOrDefault(s => !SourceIds.Contains(s, StringComparer.Ordinal)) is { } stranger)
        {
            throw new ArgumentException($"The supported value names source '{stranger}', which makes none of the group's claims.", nameof(supported));
        }

        Supported = supported;
    }

    /// <summary>
    /// Gets the value of the fact that the evidence supports best, once sources are weighed by their reliability and
    /// copies count once, or an explicit "cannot decide"; <see langword="null"/> when it was not estimated.
    /// </summary>
    /// <remarks>A reconciler always estimates it. A group whose values cover different periods
    /// (<see cref="Verdict.ScopeDiffers"/>) is undecided: no single value is best.</remarks>
    public SupportedValue? Supported { get; }

    /// <summary>Gets how many independent witnesses back the group: sources that republish one story count once.</summary>
    public int IndependentSourceCount { get; }

    /// <summary>Gets the group's id, <c>g1</c>, <c>g2</c>…, stable for the same input.</summary>
    public string Id { get; }

    /// <summary>Gets what the fact is about, for example "troops".</summary>
    public string Label { get; }

    /// <summary>Gets the verdict.</summary>
    public Verdict Verdict { get; }

    /// <summary>Gets the claims, ordered by source id and then position.</summary>
    public IReadOnlyList<Claim> Claims { get; }

    /// <summary>Gets the ids of the sources that make the claims, in ordinal order.</summary>
    public IReadOnlyList<string> SourceIds { get; }

    /// <summary>Gets the discrepancies behind a <see cref="Verdict.Conflict"/> or <see cref="Verdict.ScopeDiffers"/> verdict.</summary>
    public IReadOnlyList<Discrepancy> Discrepancies { get; }

    /// <summary>Gets a plain-English summary for a reporter.</summary>
    public string Explanation { get; }

    /// <summary>Returns the id, verdict and label.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => $"{Id} {Verdict}: {Label}";
}
