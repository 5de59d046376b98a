using System;
using System.Globalization;

namespace Reconcile;

/// <summary>
/// Thrown when an article cannot be read as a document: for example a header line whose
/// <c>published:</c> value is not an ISO date. The message, <see cref="Line"/> and <see cref="Column"/>
/// point at the offending text.
/// </summary>
public sealed class DocumentFormatException : ReconcileException
{
    /// <summary>Initializes a new exception with no details.</summary>
    public DocumentFormatException()
    {
    }

    /// <summary>Initializes a new exception with a message.</summary>
    /// <param name="message">What is wrong with the document.</param>
    public DocumentFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new exception with a message and the error that caused it.</summary>
    /// <param name="message">What is wrong with the document.</param>
    /// <param name="innerException">The underlying error.</param>
    public DocumentFormatException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Initializes a new exception that points at a place in a document.</summary>
    /// <param name="sourceId">The id of the document's source.</param>
    /// <param name="line">The 1-based line of the problem.</param>
    /// <param name="column">The 1-based column of the problem.</param>
    /// <param name="problem">What is wrong there.</param>
    public DocumentFormatException(string sourceId, int line, int column, string problem)
        : base(string.Create(CultureInfo.InvariantCulture, $"{sourceId}({line},{column}): {problem}"))
    {
        SourceId = sourceId;
        Line = line;
        Column = column;
    }

    /// <summary>Gets the id of the source whose document is malformed, when known.</summary>
    public string? SourceId { get; }

    /// <summary>Gets the 1-based line of the problem, or 0 when unknown.</summary>
    public int Line { get; }

    /// <summary>Gets the 1-based column of the problem, or 0 when unknown.</summary>
    public int Column { get; }
}
