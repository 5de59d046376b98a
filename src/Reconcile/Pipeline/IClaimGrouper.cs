using System.Collections.Generic;
using System.Threading;

namespace Reconcile.Pipeline;

/// <summary>
/// The third stage: puts the claims that describe one fact together, across sources, and keeps
/// different facts apart.
/// </summary>
/// <remarks>Every claim must land in exactly one group; the reconciler checks this. Implementations must be
/// thread-safe, and their result must not depend on the order of <c>claims</c>.</remarks>
public interface IClaimGrouper
{
    /// <summary>Partitions claims into groups, one per fact.</summary>
    /// <param name="claims">Every claim of the reconciliation, ordered by source id and position.</param>
    /// <param name="documents">The documents the claims come from, ordered by source id.</param>
    /// <param name="cancellationToken">Stops the work promptly; a grouper should check it every few thousand comparisons.</param>
    /// <returns>The groups; each claim in exactly one.</returns>
    /// <exception cref="System.OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    IReadOnlyList<IReadOnlyList<Claim>> Group(IReadOnlyList<Claim> claims, IReadOnlyList<Document> documents, CancellationToken cancellationToken);
}
