using System;
using System.Collections.Generic;

namespace Reconcile;

/// <summary>Thrown by <see cref="ReconcilerBuilder.Build"/> when the settings are invalid; lists every problem at once.</summary>
public sealed class ReconcilerConfigurationException : ReconcileException
{
    /// <summary>Initializes a new exception with no problems listed.</summary>
    public ReconcilerConfigurationException()
        : this([])
    {
    }

    /// <summary>Initializes a new exception with a message.</summary>
    /// <param name="message">What is wrong.</param>
    public ReconcilerConfigurationException(string message)
        : base(message)
    {
        Problems = [message];
    }

    /// <summary>Initializes a new exception with a message and the error that caused it.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The underlying error.</param>
    public ReconcilerConfigurationException(string message, Exception? innerException)
        : base(message, innerException)
    {
        Problems = [message];
    }

    /// <summary>Initializes a new exception listing every problem found.</summary>
    /// <param name="problems">The problems, one sentence each.</param>
    public ReconcilerConfigurationException(IReadOnlyList<string> problems)
        : base("The reconciler's settings are invalid: " + string.Join(" ", problems ?? []))
    {
        Problems = [.. problems ?? []];
    }

    /// <summary>Gets every problem found, one sentence each.</summary>
    public IReadOnlyList<string> Problems { get; }
}
