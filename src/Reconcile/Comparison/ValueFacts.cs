namespace Reconcile.Comparison;

/// <summary>
/// What <see cref="ValueComparison"/> works out about one claim value before comparing it with another: the range a
/// figure allows, its unit, its size and whether it was written with decimals. The grouper compares each claim with
/// dozens of others; working these out once per claim instead of twice per pair is most of what a pair costs.
/// </summary>
/// <remarks>
/// Only figures are worked out; the comparisons of dates and lists go to the <see cref="ClaimValue"/> itself, as
/// <see cref="ValueComparison"/>'s overloads that take both do. Every answer is the same as for the values alone.
/// <threadsafety>This type is an immutable value type.</threadsafety>
/// </remarks>
internal readonly struct ValueFacts
{
    /// <summary>Works out the facts of a value.</summary>
    public ValueFacts(in ClaimValue value)
    {
        Kind = value.Kind;
        switch (value.Kind)
        {
            case ClaimValueKind.Quantity:
                Quantity q = value.Quantity;
                Unit = q.Unit;
                Range = q.Range;
                Magnitude = ValueComparison.Magnitude(q);
                HasDecimals = ValueComparison.HasDecimals(q);
                Sized = Magnitude > 0;
                break;
            case ClaimValueKind.Members:
                Magnitude = value.Members.Count;
                Sized = Magnitude > 0;
                break;
        }
    }

    /// <summary>Gets which kind of value this is.</summary>
    public ClaimValueKind Kind { get; }

    /// <summary>Gets a figure's unit; the default for any other kind.</summary>
    public Unit Unit { get; }

    /// <summary>Gets the values a figure allows (<see cref="Quantity.Range"/>); unbounded for any other kind.</summary>
    public NumericRange Range { get; }

    /// <summary>Gets the size of a figure, or the number of members of a list; 0 for a date.</summary>
    public double Magnitude { get; }

    /// <summary>Gets whether the value has a size above zero: only such values are near, far apart or a gap apart.</summary>
    public bool Sized { get; }

    /// <summary>Gets whether a figure under 1,000 was written with decimals.</summary>
    public bool HasDecimals { get; }

    /// <summary>Gets whether the value is a figure.</summary>
    public bool IsQuantity => Kind == ClaimValueKind.Quantity;
}
