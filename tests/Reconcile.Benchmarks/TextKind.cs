namespace Reconcile.Benchmarks;

/// <summary>The synthetic texts the scanner is measured on.</summary>
public enum TextKind
{
    /// <summary>News-like text with figures and dates at about the samples' density (one claim per ~300 bytes).</summary>
    News,

    /// <summary>Every sentence with figures or dates (one claim per ~80 bytes): the cost of matching.</summary>
    Dense,

    /// <summary>Sentences of the same kind with no figures and no dates: the cost of reading past text.</summary>
    Prose,
}
