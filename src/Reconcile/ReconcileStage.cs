namespace Reconcile;

/// <summary>The stages of a reconciliation, in the order they run, as <see cref="ReconcileProgress"/> reports them.</summary>
public enum ReconcileStage
{
    /// <summary>Cleaning each document and extracting its claims; counted in documents.</summary>
    Extracting = 0,

    /// <summary>Grouping the claims that describe one fact; reported when it starts (0 of 1) and ends (1 of 1).</summary>
    Grouping = 1,

    /// <summary>Giving each group its verdict; counted in groups.</summary>
    Comparing = 2,

    /// <summary>Weighing the sources: best-supported values and reliabilities; reported when it starts and ends.</summary>
    Weighing = 3,
}
