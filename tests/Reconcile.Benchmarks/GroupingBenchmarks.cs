using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using Reconcile.Comparison;
using Reconcile.Grouping;

namespace Reconcile.Benchmarks;

/// <summary>
/// The grouper on synthetic claims (see <see cref="SyntheticClaims"/> for the model), called directly so the
/// numbers are the grouper's alone, and the grouper followed by the comparer on every group, as a reconciler runs
/// them (issue 4's scale target is "grouped and compared"). BenchmarkDotNet repeats each size several times, so
/// it stops at 100,000 claims; <c>probe grouping 1000000</c> measures a million once: see docs/benchmarks.md.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(BenchmarkConfig))]
public class GroupingBenchmarks
{
    private SyntheticClaims _data = null!;
    private ContextGrouper _grouper = null!;
    private IntervalComparer _comparer = null!;

    [Params(10_000, 100_000)]
    public int Claims { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _data = SyntheticClaims.Create(Claims);
        _grouper = new ContextGrouper(new ReconcilerOptions());
        _comparer = new IntervalComparer();
    }

    [Benchmark]
    public int Group() => _grouper.Group(_data.Claims, _data.Documents, CancellationToken.None).Count;

    [Benchmark]
    public int GroupAndCompare()
    {
        IReadOnlyList<IReadOnlyList<Claim>> groups = _grouper.Group(_data.Claims, _data.Documents, CancellationToken.None);
        var verdicts = new Verdict[groups.Count];
        Parallel.For(0, groups.Count, g => verdicts[g] = _comparer.Compare(groups[g]).Verdict);
        return verdicts.Length;
    }
}
