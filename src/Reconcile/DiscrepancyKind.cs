namespace Reconcile;

/// <summary>Why two or more claims in a group do not line up.</summary>
public enum DiscrepancyKind
{
    /// <summary>The values cannot both hold.</summary>
    Conflict = 0,

    /// <summary>The values differ, but they cover different periods.</summary>
    ScopeDiffers = 1,
}
