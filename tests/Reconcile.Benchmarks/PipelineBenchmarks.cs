using BenchmarkDotNet.Attributes;

namespace Reconcile.Benchmarks;

/// <summary>The whole pipeline on the five sample articles of docs/samples, as a notebook or the CLI runs it.</summary>
[MemoryDiagnoser]
[Config(typeof(BenchmarkConfig))]
public class PipelineBenchmarks
{
    private Document[] _samples = null!;
    private Reconciler _singleThreaded = null!;

    [GlobalSetup]
    public void Setup()
    {
        _samples = SampleArticles.Load();
        _singleThreaded = new ReconcilerBuilder { Options = { MaxDegreeOfParallelism = 1 } }.Build();
    }

    [Benchmark(Baseline = true)]
    public ReconciliationReport Default() => Reconciler.Default.Reconcile(_samples);

    [Benchmark]
    public ReconciliationReport SingleThreaded() => _singleThreaded.Reconcile(_samples);
}
