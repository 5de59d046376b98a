using System;
using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Reconcile.Benchmarks;

/// <summary>
/// Megabytes of input read per second, from the mean time and the benchmark's <c>SizeKB</c> parameter. Inputs are
/// ASCII, so SizeKB × 1024 characters is also their size in UTF-8 bytes; 1 MB here is 10^6 bytes.
/// </summary>
internal sealed class ThroughputColumn : IColumn
{
    public string Id => nameof(ThroughputColumn);

    public string ColumnName => "MB/s";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "Input read per second: SizeKB x 1024 bytes / Mean, in 10^6 bytes per second";

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) => true;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(benchmarkCase);
        double? meanNanoseconds = summary[benchmarkCase]?.ResultStatistics?.Mean;
        if (meanNanoseconds is not > 0 || benchmarkCase.Parameters["SizeKB"] is not int sizeKB)
        {
            return "-";
        }

        double bytes = sizeKB * 1024.0;
        return (bytes / 1e6 / (meanNanoseconds.Value / 1e9)).ToString("0.00", CultureInfo.InvariantCulture);
    }
}
