using System;

namespace Reconcile;

/// <summary>
/// The base of every error Reconcile raises on purpose: bad input, an invalid configuration, or a
/// report that cannot be read. Catch this type to handle all of them at once.
/// </summary>
public class ReconcileException : Exception
{
    /// <summary>Initializes a new exception with no message.</summary>
    public ReconcileException()
    {
    }

    /// <summary>Initializes a new exception with a message.</summary>
    /// <param name="message">What went wrong, in words a user can act on.</param>
    public ReconcileException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new exception with a message and the error that caused it.</summary>
    /// <param name="message">What went wrong, in words a user can act on.</param>
    /// <param name="innerException">The underlying error.</param>
    public ReconcileException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
