using System;
using System.Collections.Generic;
using System.IO;
using SharpFuzz;

namespace Reconcile.Fuzz;

/// <summary>
/// Entry point of the fuzzing harness. <c>Reconcile.Fuzz TARGET</c> runs one target under afl-fuzz (or once, on
/// standard input, outside it); <c>Reconcile.Fuzz TARGET FILE...</c> replays saved inputs, for example a crash
/// that afl-fuzz found, and prints what each gave.
/// </summary>
internal static class Program
{
    private static readonly Dictionary<string, Action<Stream>> Targets = new(StringComparer.Ordinal)
    {
        ["document"] = FuzzTargets.ReadDocument,
        ["reconcile"] = FuzzTargets.ReconcileDocuments,
        ["json"] = FuzzTargets.ReadJson,
    };

    private static int Main(string[] args)
    {
        if (args.Length == 0 || !Targets.TryGetValue(args[0], out Action<Stream>? target))
        {
            Console.Error.WriteLine("usage: Reconcile.Fuzz document|reconcile|json [FILE...]");
            return 1;
        }

        if (args.Length == 1)
        {
            Fuzzer.Run(target);
            return 0;
        }

        int failures = 0;
        foreach (string path in args[1..])
        {
            using FileStream input = File.OpenRead(path);
            try
            {
                target(input);
                Console.WriteLine($"{path}: ok");
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // Replay reports every input, so one run shows every finding; the fuzzer itself sees the exception.
                failures++;
                Console.WriteLine($"{path}: {e}");
            }
        }

        return failures == 0 ? 0 : 2;
    }
}
