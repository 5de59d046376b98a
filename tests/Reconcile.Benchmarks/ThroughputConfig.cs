using BenchmarkDotNet.Configs;

namespace Reconcile.Benchmarks;

/// <summary>Adds the MB/s column to benchmarks with a <c>SizeKB</c> parameter.</summary>
public sealed class ThroughputConfig : ManualConfig
{
    public ThroughputConfig() => AddColumn(new ThroughputColumn());
}
