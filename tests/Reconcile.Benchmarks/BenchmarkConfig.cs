using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;

namespace Reconcile.Benchmarks;

/// <summary>
/// Adds Min and Median beside the Mean, and for benchmarks with a <c>SizeKB</c> parameter MB/s from both the mean and
/// the minimum time. On a shared machine the minimum is the best estimate of uncontended speed.
/// </summary>
public sealed class BenchmarkConfig : ManualConfig
{
    public BenchmarkConfig() => AddColumn(StatisticColumn.Min, StatisticColumn.Median, new ThroughputColumn(fromMinimum: false), new ThroughputColumn(fromMinimum: true));
}
