namespace Reconcile;

/// <summary>What kind of thing an <see cref="Entity"/> is.</summary>
public enum EntityKind
{
    /// <summary>A country or state: "the United Kingdom", "South Korea".</summary>
    Country = 0,

    /// <summary>An organization: "the United Nations", "NATO".</summary>
    Organization,

    /// <summary>Anything else a newsroom wants recognized under one name.</summary>
    Other,
}
