using System;
using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Reconcile.Benchmarks;

/// <summary>
/// Megabytes of input read per second, from the mean (or minimum) time and the benchmark's <c>SizeKB</c> parameter.
/// Inputs are ASCII, so SizeKB × 1024 characters is also their size in UTF-8 bytes; 1 MB here is 10^6 bytes.
/// </summary>
internal sealed class ThroughputColumn : IColumn
{
    private readonly bool _fromMinimum;

    public ThroughputColumn(bool fromMinimum) => _fromMinimum = fromMinimum;

    public string Id => nameof(ThroughputColumn) + (_fromMinimum ? ".Min" : ".Mean");

    public string ColumnName => _fromMinimum ? "MB/s (Min)" : "MB/s";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => _fromMinimum
        ? "Input read per second at the fastest iteration: SizeKB x 1024 bytes / Min, in 10^6 bytes per second"
        : "Input read per second: SizeKB x 1024 bytes / Mean, in 10^6 bytes per second";

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) => true;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(benchmarkCase);
        var statistics = summary[benchmarkCase]?.ResultStatistics;
        double? nanoseconds = _fromMinimum ? statistics?.Min : statistics?.Mean;
        if (nanoseconds is not > 0 || !benchmarkCase.HasParameters || benchmarkCase.Parameters["SizeKB"] is not int sizeKB)
        {
            return "-";
        }

        double bytes = sizeKB * 1024.0;
        return (bytes / 1e6 / (nanoseconds.Value / 1e9)).ToString("0.00", CultureInfo.InvariantCulture);
    }
}
