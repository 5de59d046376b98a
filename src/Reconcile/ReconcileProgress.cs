using System;
using System.Globalization;

namespace Reconcile;

/// <summary>
/// How far a reconciliation has got: the stage and how much of it is done, for a progress bar in a tool or a
/// newsroom dashboard. See <see cref="Reconciler.Reconcile(System.Collections.Generic.IEnumerable{Document}, IProgress{ReconcileProgress}?, System.Threading.CancellationToken)"/>.
/// </summary>
/// <remarks>Documents are extracted and groups compared in parallel, so reports for those stages may arrive from
/// several threads at once and, within a stage, slightly out of order; each stage ends with a report of
/// <see cref="Total"/> done.</remarks>
public readonly struct ReconcileProgress : IEquatable<ReconcileProgress>
{
    /// <summary>Initializes a progress report.</summary>
    /// <param name="stage">The stage running.</param>
    /// <param name="completed">How many units of the stage are done, 0 to <paramref name="total"/>.</param>
    /// <param name="total">How many units the stage has, 0 or more.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="total"/> is negative, or <paramref name="completed"/> is negative or above it.</exception>
    public ReconcileProgress(ReconcileStage stage, int completed, int total)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(total);
        ArgumentOutOfRangeException.ThrowIfNegative(completed);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(completed, total);
        Stage = stage;
        Completed = completed;
        Total = total;
    }

    /// <summary>Gets the stage running.</summary>
    public ReconcileStage Stage { get; }

    /// <summary>Gets how many units of the stage are done.</summary>
    public int Completed { get; }

    /// <summary>Gets how many units the stage has.</summary>
    public int Total { get; }

    /// <summary>Gets the share of the stage done, 0 to 1 (1 for a stage with nothing to do).</summary>
    public double Fraction => Total == 0 ? 1 : (double)Completed / Total;

    /// <summary>Compares two progress reports.</summary>
    /// <param name="left">The first report.</param>
    /// <param name="right">The second report.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(ReconcileProgress left, ReconcileProgress right) => left.Equals(right);

    /// <summary>Compares two progress reports.</summary>
    /// <param name="left">The first report.</param>
    /// <param name="right">The second report.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(ReconcileProgress left, ReconcileProgress right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(ReconcileProgress other) => Stage == other.Stage && Completed == other.Completed && Total == other.Total;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ReconcileProgress other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Stage, Completed, Total);

    /// <summary>Returns the stage and the count, such as <c>Extracting 3/5</c>.</summary>
    /// <returns>A short description, culture-invariant.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Stage} {Completed}/{Total}");
}
