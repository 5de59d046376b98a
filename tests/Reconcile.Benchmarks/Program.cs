using System;
using BenchmarkDotNet.Running;

namespace Reconcile.Benchmarks;

/// <summary>
/// Runs the benchmarks (BenchmarkDotNet's usual arguments: <c>--filter</c>, <c>--job short</c>…), or, with
/// <c>probe</c> as the first argument, the one-shot measurements of <see cref="Probe"/>.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Length > 0 && args[0] == "probe")
        {
            return Probe.Run(args[1..]);
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
