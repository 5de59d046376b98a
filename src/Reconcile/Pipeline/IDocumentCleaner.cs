using System.Collections.Generic;

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
}
