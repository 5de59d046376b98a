namespace Reconcile.Benchmarks;

/// <summary>Inputs built to trip a scanner into super-linear time.</summary>
public enum HostileInput
{
    /// <summary>"0123456789" repeated: one endless number.</summary>
    Digits,

    /// <summary>"more than " repeated: an endless run of hedge words with no figure to attach to.</summary>
    MoreThan,

    /// <summary>News text with all white space removed: one endless token run, one line, no sentence breaks.</summary>
    NoSpaces,
}
