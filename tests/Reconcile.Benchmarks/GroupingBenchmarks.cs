using System.Threading;
using BenchmarkDotNet.Attributes;
using Reconcile.Grouping;

namespace Reconcile.Benchmarks;

/// <summary>
/// The grouper on synthetic claims (see <see cref="SyntheticClaims"/> for the model), called directly so the
/// numbers are the grouper's alone. The sizes stop at 10,000 because 100,000 did not finish within 300 s on the
/// reference machine; <c>probe grouping 100000</c> and <c>probe grouping 1000000</c> measure those once, with a time
/// limit: see docs/benchmarks.md.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(BenchmarkConfig))]
public class GroupingBenchmarks
{
    private SyntheticClaims _data = null!;
    private ContextGrouper _grouper = null!;

    [Params(2_500, 5_000, 10_000)]
    public int Claims { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _data = SyntheticClaims.Create(Claims);
        _grouper = new ContextGrouper(new ReconcilerOptions());
    }

    [Benchmark]
    public int Group() => _grouper.Group(_data.Claims, _data.Documents, CancellationToken.None).Count;
}
