using BenchmarkDotNet.Attributes;

namespace Reconcile.Benchmarks;

/// <summary>
/// The whole pipeline, single-threaded, on inputs built to trip a scanner: linear time means the 1024 KB case takes
/// about four times the 256 KB case, and MB/s stays flat.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(BenchmarkConfig))]
public class HostileInputBenchmarks
{
    private Document _document = null!;
    private Reconciler _reconciler = null!;

    [Params(HostileInput.Digits, HostileInput.MoreThan, HostileInput.NoSpaces)]
    public HostileInput Input { get; set; }

    [Params(256, 1024)]
    public int SizeKB { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _document = Document.Parse("hostile", Inputs.Hostile(Input, SizeKB * 1024));
        _reconciler = new ReconcilerBuilder { Options = { MaxDegreeOfParallelism = 1 } }.Build();
    }

    [Benchmark]
    public int Reconcile() => _reconciler.Reconcile([_document]).Claims.Count;
}
