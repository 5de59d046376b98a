using System;
using System.Globalization;

namespace Reconcile.Json;

/// <summary>
/// Thrown when JSON cannot be read as a Reconcile report or document array: malformed JSON, nesting deeper
/// than the reader allows, a missing or mistyped field, or values that break a domain rule (a claim whose
/// text does not fit its offsets). <see cref="Line"/> and <see cref="Position"/> point at the offending text.
/// </summary>
public sealed class ReconcileJsonException : ReconcileException
{
    /// <summary>Initializes a new exception with no details.</summary>
    public ReconcileJsonException()
    {
    }

    /// <summary>Initializes a new exception with a message.</summary>
    /// <param name="message">What is wrong with the JSON.</param>
    public ReconcileJsonException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new exception with a message and the error that caused it.</summary>
    /// <param name="message">What is wrong with the JSON.</param>
    /// <param name="innerException">The underlying error.</param>
    public ReconcileJsonException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Initializes a new exception that points at a place in the JSON text.</summary>
    /// <param name="problem">What is wrong there.</param>
    /// <param name="path">The JSON path of the offending value, such as <c>groups[0].claims[1].start</c>; empty for the root.</param>
    /// <param name="line">The 1-based line of the problem, or 0 when unknown.</param>
    /// <param name="position">The 1-based position on that line, or 0 when unknown.</param>
    /// <param name="innerException">The underlying error, if any.</param>
    public ReconcileJsonException(string problem, string path, int line, int position, Exception? innerException = null)
        : base(Describe(problem, path, line, position), innerException)
    {
        JsonPath = path ?? string.Empty;
        Line = line;
        Position = position;
    }

    /// <summary>Gets the JSON path of the offending value, such as <c>groups[0].claims[1].start</c>; empty when unknown or the root.</summary>
    public string JsonPath { get; } = string.Empty;

    /// <summary>Gets the 1-based line of the problem, or 0 when unknown.</summary>
    public int Line { get; }

    /// <summary>Gets the 1-based character position on <see cref="Line"/> where the reader stood (at or just after the offending value, as Newtonsoft.Json counts), or 0 when unknown.</summary>
    public int Position { get; }

    private static string Describe(string problem, string? path, int line, int position)
    {
        string where = string.IsNullOrEmpty(path) ? string.Empty : string.Create(CultureInfo.InvariantCulture, $" Path '{path}'.");
        return line > 0
            ? string.Create(CultureInfo.InvariantCulture, $"({line},{position}): {problem}{where}")
            : problem + where;
    }
}
