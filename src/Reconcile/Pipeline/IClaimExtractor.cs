using System.Collections.Generic;
using System.Threading;

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

    /// <summary>Reads the claims in the given sentences, stopping when <paramref name="cancellationToken"/> is cancelled.</summary>
    /// <param name="document">The document the sentences belong to.</param>
    /// <param name="sentences">The sentences to read, as spans into <see cref="Document.Text"/>, in text order.</param>
    /// <param name="cancellationToken">Stops the reading; the reconciler passes its own.</param>
    /// <returns>The claims found; their ids are assigned later by the reconciler.</returns>
    /// <exception cref="System.OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <remarks>The default checks the token once, then reads everything. An extractor that can take long on one
    /// document (megabytes of text) should implement this overload and check the token between sentences, as the
    /// built-in ones do, so that a cancelled reconciliation stops promptly.</remarks>
    IEnumerable<Claim> Extract(Document document, IReadOnlyList<TextSpan> sentences, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Extract(document, sentences);
    }
}
