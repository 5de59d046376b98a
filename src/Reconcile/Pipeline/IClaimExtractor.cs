using System.Collections.Generic;

namespace Reconcile.Pipeline;

/// <summary>
/// The second stage: reads claims out of a document's sentences. A reconciler runs its extractors in
/// the order they were added; where two claims overlap in the text, the one found first is kept.
/// </summary>
/// <remarks>Implementations must be thread-safe and deterministic, and must never throw on any text.</remarks>
public interface IClaimExtractor
{
    /// <summary>Reads the claims in the given sentences.</summary>
    /// <param name="document">The document the sentences belong to.</param>
    /// <param name="sentences">The sentences to read, as spans into <see cref="Document.Text"/>, in text order.</param>
    /// <returns>The claims found; their ids are assigned later by the reconciler.</returns>
    IEnumerable<Claim> Extract(Document document, IReadOnlyList<TextSpan> sentences);
}
