using System;
using System.Collections.Generic;
using System.Linq;

namespace Reconcile;

/// <summary>
/// A named thing sources refer to in different words: "UK", "Britain" and "the United Kingdom" are one
/// entity whose <see cref="Name"/> is "United Kingdom".
/// </summary>
/// <remarks>Aliases are matched as whole words, case-sensitively ("US" is the country, "us" is not); a leading
/// "the" is optional in the text. Equality is by name, kind and aliases.</remarks>
public sealed record Entity
{
    /// <summary>Initializes an entity.</summary>
    /// <param name="name">The canonical name, used in reports.</param>
    /// <param name="kind">What kind of thing it is.</param>
    /// <param name="aliases">Other ways of writing it; the canonical name always counts as one.</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> or an alias is empty.</exception>
    public Entity(string name, EntityKind kind, params IEnumerable<string> aliases)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(aliases);
        string[] all = [.. aliases.Prepend(name).Distinct(StringComparer.Ordinal)];
        foreach (string alias in all)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(alias, nameof(aliases));
        }

        Name = name;
        Kind = kind;
        Aliases = all;
    }

    /// <summary>Gets the canonical name.</summary>
    public string Name { get; }

    /// <summary>Gets what kind of thing it is.</summary>
    public EntityKind Kind { get; }

    /// <summary>Gets every way of writing the entity, the canonical name first.</summary>
    public IReadOnlyList<string> Aliases { get; }

    /// <inheritdoc/>
    public bool Equals(Entity? other)
        => other is not null && string.Equals(Name, other.Name, StringComparison.Ordinal) && Kind == other.Kind && Aliases.SequenceEqual(other.Aliases, StringComparer.Ordinal);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Name), Kind);
}
