using System;

namespace Reconcile.Fuzz;

/// <summary>Thrown by a harness when a result breaks a documented promise; afl-fuzz records it as a crash.</summary>
internal sealed class FuzzInvariantException : Exception
{
    public FuzzInvariantException()
    {
    }

    public FuzzInvariantException(string message)
        : base(message)
    {
    }

    public FuzzInvariantException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
