using System;
using System.Collections.Generic;
using Reconcile.Text;

namespace Reconcile;

/// <summary>
/// The named entities a reconciler recognizes, each with its aliases, so that "UK", "Britain" and "the
/// United Kingdom" count as one member of a list. <see cref="Default"/> knows the world's countries and the
/// main international organizations; add a newsroom's own with <see cref="With(IEnumerable{Entity})"/>.
/// </summary>
/// <threadsafety>Instances are immutable and safe to share between threads.</threadsafety>
public sealed class EntityCatalog
{
    private readonly Dictionary<string, Entity> _byAlias;
    private readonly Dictionary<string, List<string[]>> _byFirstWord;

    private EntityCatalog(IReadOnlyList<Entity> entities)
    {
        Entities = entities;
        _byAlias = new Dictionary<string, Entity>(StringComparer.Ordinal);
        _byFirstWord = new Dictionary<string, List<string[]>>(StringComparer.Ordinal);
        foreach (Entity entity in entities)
        {
            foreach (string alias in entity.Aliases)
            {
                _byAlias[alias] = entity; // later entities win, so a newsroom can redefine an alias
                string[] words = AliasWords(alias);
                if (!_byFirstWord.TryGetValue(words[0], out List<string[]>? list))
                {
                    _byFirstWord[words[0]] = list = [];
                }

                list.Add(words);
            }
        }

        foreach (List<string[]> list in _byFirstWord.Values)
        {
            list.Sort(static (a, b) => b.Length.CompareTo(a.Length)); // longest first
        }
    }

    /// <summary>Gets the built-in catalog: countries and international organizations.</summary>
    public static EntityCatalog Default { get; } = new(EntityAliases.BuiltIn);

    /// <summary>Gets an empty catalog.</summary>
    public static EntityCatalog Empty { get; } = new([]);

    /// <summary>Gets the entities, in the order they were added.</summary>
    public IReadOnlyList<Entity> Entities { get; }

    /// <summary>Returns a catalog with more entities; where an alias is taken twice, the entity added last wins.</summary>
    /// <param name="entities">The entities to add.</param>
    /// <returns>The new catalog; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entities"/> is or holds <see langword="null"/>.</exception>
    public EntityCatalog With(IEnumerable<Entity> entities)
    {
        ArgumentNullException.ThrowIfNull(entities);
        Entity[] added = [.. entities];
        foreach (Entity entity in added)
        {
            ArgumentNullException.ThrowIfNull(entity, nameof(entities));
        }

        return new EntityCatalog([.. Entities, .. added]);
    }

    /// <summary>Returns a catalog with one more entity.</summary>
    /// <param name="entity">The entity to add.</param>
    /// <returns>The new catalog; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entity"/> is <see langword="null"/>.</exception>
    public EntityCatalog With(Entity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return With([entity]);
    }

    /// <summary>Finds the entity an alias stands for, exactly as written (a leading "the" is ignored).</summary>
    /// <param name="alias">The words to look up, such as "Britain".</param>
    /// <param name="entity">The entity, when found.</param>
    /// <returns><see langword="true"/> when the alias is known.</returns>
    public bool TryResolve(string alias, out Entity entity)
    {
        ArgumentNullException.ThrowIfNull(alias);
        string trimmed = alias.Trim();
        if (trimmed.StartsWith("the ", StringComparison.OrdinalIgnoreCase))
        {
            trimmed = trimmed[4..];
        }

        return _byAlias.TryGetValue(trimmed, out entity!);
    }

    /// <summary>The aliases starting with a word, longest first, as word arrays.</summary>
    internal IReadOnlyList<string[]> AliasesStartingWith(ReadOnlySpan<char> word)
        => _byFirstWord.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out List<string[]>? list) ? list : [];

    private static string[] AliasWords(string alias)
    {
        string trimmed = alias.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? alias[4..] : alias;
        return trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }
}
