using System.Collections.Generic;
using System.Threading;

namespace Reconcile.Pipeline;

/// <summary>
/// The first stage: finds the parts of a document's body worth reading, leaving out page furniture
/// ("Advertisement" lines, photo captions, "Related Articles" and everything after). It never changes
/// the text: it returns spans into <see cref="Document.Text"/>, so claim offsets stay true to the file.
/// </summary>
/// <remarks>Implementations must be thread-safe and deterministic.</remarks>
public interface IDocumentCleaner
{
    /// <summary>Returns the paragraphs of the body to read, in text order, without overlaps.</summary>
    /// <param name="document">The document.</param>
    /// <returns>The spans of the paragraphs to keep.</returns>
    IReadOnlyList<TextSpan> Clean(Document document);

    /// <summary>Returns the paragraphs of the body to read, stopping when <paramref name="cancellationToken"/> is cancelled.</summary>
    /// <param name="document">The document.</param>
    /// <param name="cancellationToken">Stops the cleaning; the reconciler passes its own.</param>
    /// <returns>The spans of the paragraphs to keep.</returns>
    /// <exception cref="System.OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <remarks>The default checks the token once, then cleans the whole document; a cleaner that can take long on
    /// one document should implement this overload and check the token as it goes, as the built-in one does.</remarks>
    IReadOnlyList<TextSpan> Clean(Document document, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Clean(document);
    }
}
