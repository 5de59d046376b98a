using System.Collections.Generic;

namespace Reconcile.Pipeline;

/// <summary>The last stage: decides whether the claims of one group agree, and explains why.</summary>
/// <remarks>Implementations must be thread-safe and deterministic.</remarks>
public interface IClaimComparer
{
    /// <summary>Compares the claims of one group.</summary>
    /// <param name="claims">The group's claims, ordered by source id and position; at least one.</param>
    /// <returns>The verdict, the discrepancies behind it and an explanation.</returns>
    GroupAssessment Compare(IReadOnlyList<Claim> claims);
}
