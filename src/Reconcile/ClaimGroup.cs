using System;
using System.Collections.Generic;
using System.Linq;

namespace Reconcile;

/// <summary>
/// The claims that describe one fact, from one or more sources, with the verdict on whether they agree and
/// an explanation a reporter can act on.
/// </summary>
/// <remarks>Claims are ordered by source id, then by position in the text.</remarks>
/// <threadsafety>Instances are immutable and safe to share between threads.</threadsafety>
public sealed class ClaimGroup
{
    internal ClaimGroup(string id, string label, IReadOnlyList<Claim> claims, GroupAssessment assessment)
    {
        Id = id;
        Label = label;
        Claims = claims;
        Verdict = assessment.Verdict;
        Discrepancies = assessment.Discrepancies;
        Explanation = assessment.Explanation;
        SourceIds = [.. claims.Select(c => c.Source.Id).Distinct(StringComparer.Ordinal)];
    }

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
