namespace Reconcile.Truth;

/// <summary>Which kind of value a <see cref="TruthValue"/> is.</summary>
internal enum TruthValueKind
{
    /// <summary>A figure, a date or a time: a <see cref="NumericRange"/> on one number line.</summary>
    Number = 0,

    /// <summary>A categorical value, compared by its label only.</summary>
    Label,

    /// <summary>A set of names, such as an author or member list.</summary>
    Set,
}
