using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace Reconcile;

/// <summary>
/// The members a source lists for a group, by canonical entity name: "comprised of the US, UK, Australia…"
/// becomes the set { Australia, United Kingdom, United States, … }. Two lists agree when they name the same
/// entities, however each wrote them.
/// </summary>
/// <remarks>
/// <para>Names are kept in ordinal order without duplicates. The default value is the empty set.</para>
/// <threadsafety>This type is an immutable value type.</threadsafety>
/// </remarks>
public readonly struct MemberSet : IEquatable<MemberSet>
{
    private readonly ImmutableArray<string> _names;

    /// <summary>Initializes a set from canonical entity names.</summary>
    /// <param name="names">The names; duplicates are dropped.</param>
    /// <exception cref="ArgumentNullException"><paramref name="names"/> is or holds <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A name is empty.</exception>
    public MemberSet(IEnumerable<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        string[] sorted = [.. names.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        foreach (string name in sorted)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(name, nameof(names));
        }

        _names = [.. sorted];
    }

    /// <summary>Gets the canonical names, in ordinal order.</summary>
    public IReadOnlyList<string> Names => _names.IsDefault ? [] : _names;

    /// <summary>Gets how many members the set has.</summary>
    public int Count => _names.IsDefault ? 0 : _names.Length;

    /// <summary>Returns the members of this set that <paramref name="other"/> lacks.</summary>
    /// <param name="other">The set to compare with.</param>
    /// <returns>The missing names, in ordinal order.</returns>
    public IReadOnlyList<string> Except(MemberSet other) => [.. Names.Except(other.Names, StringComparer.Ordinal)];

    /// <inheritdoc/>
    public bool Equals(MemberSet other) => Names.SequenceEqual(other.Names, StringComparer.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is MemberSet other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (string name in Names)
        {
            hash.Add(name, StringComparer.Ordinal);
        }

        return hash.ToHashCode();
    }

    /// <summary>Formats the set as "11 members: Australia, Canada, …".</summary>
    /// <returns>The formatted set.</returns>
    public override string ToString() => $"{Count} members: {string.Join(", ", Names)}";

    /// <summary>Determines whether two sets are equal.</summary>
    /// <param name="left">The first set.</param>
    /// <param name="right">The second set.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(MemberSet left, MemberSet right) => left.Equals(right);

    /// <summary>Determines whether two sets differ.</summary>
    /// <param name="left">The first set.</param>
    /// <param name="right">The second set.</param>
    /// <returns><see langword="true"/> when not equal.</returns>
    public static bool operator !=(MemberSet left, MemberSet right) => !left.Equals(right);
}
