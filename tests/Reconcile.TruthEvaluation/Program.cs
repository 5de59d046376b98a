using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using Reconcile.Truth;

namespace Reconcile.TruthEvaluation;

/// <summary>
/// Runs majority vote and Reconcile's truth model over the Flight, Population and Book data sets and prints accuracy,
/// run time and allocations (docs/truth-discovery.md). Run by hand:
/// <c>dotnet run -c Release --project tests/Reconcile.TruthEvaluation [-- --data DIR] [--only NAME] [--repeat N] [--scaling] [--set Option=value]</c>.
/// </summary>
internal static class Program
{
    public static int Main(string[] args)
    {
        string? data = null, only = null;
        int repeat = 5;
        bool scaling = false, misses = false;
        var settings = new List<string>();
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--data":
                    data = args[++i];
                    break;
                case "--only":
                    only = args[++i];
                    break;
                case "--repeat":
                    repeat = int.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                case "--scaling":
                    scaling = true;
                    break;
                case "--misses":
                    misses = true;
                    break;
                case "--set":
                    settings.Add(args[++i]);
                    break;
                default:
                    Console.Error.WriteLine($"Unknown argument '{args[i]}'. Use --data DIR, --only flight|population|population-all|book, --repeat N, --scaling, --misses, --set Option=value.");
                    return 2;
            }
        }

        data ??= FindDataFolder();
        if (data is null || !Directory.Exists(data))
        {
            Console.Error.WriteLine("The data sets were not found; pass --data <folder holding flight/, population/ and book/> (normally ../shared/datasets/truth-discovery).");
            return 2;
        }

        TruthOptions options = Configure(settings);
        Console.WriteLine($"Data: {Path.GetFullPath(data)}");
        Console.WriteLine($".NET {Environment.Version}, {RuntimeInformationText()}; the model runs on one thread; median of {repeat} warm runs after one cold run.");
        if (settings.Count > 0)
        {
            Console.WriteLine("Options changed: " + string.Join(", ", settings));
        }

        var loaders = new (string Name, Func<DataSet> Load)[]
        {
            ("flight", () => FlightData.Load(data)),
            ("population", () => PopulationData.Load(data, Closeness.WithinShare(options.FigureTolerance))),
            ("population-all", () => PopulationData.Load(data, Closeness.WithinShare(options.FigureTolerance), allClaims: true)),
            ("book", () => BookData.Load(data)),
        };
        foreach ((string name, Func<DataSet> load) in loaders)
        {
            if (only is not null && !name.Equals(only, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var clock = Stopwatch.StartNew();
            DataSet set = load();
            Report(set, options, repeat, clock.Elapsed, misses);
        }

        if (scaling)
        {
            Scaling(BookData.Load(data), options);
        }

        return 0;
    }

    private static void Report(DataSet set, TruthOptions options, int repeat, TimeSpan loading, bool misses)
    {
        int sources = set.Claims.Select(c => c.SourceId).Distinct(StringComparer.Ordinal).Count();
        int items = set.Claims.Select(c => c.ItemId).Distinct(StringComparer.Ordinal).Count();
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"## {set.Name}: {set.Claims.Count:#,0} claims, {sources:#,0} sources, {items:#,0} facts, {set.Gold.Count} gold (loaded and parsed in {loading.TotalMilliseconds:0} ms)"));
        Console.WriteLine("| method | result | undecided (of gold) | cold ms | warm ms | warm CPU ms | allocated MB |");
        Console.WriteLine("|---|---|---:|---:|---:|---:|---:|");

        Dictionary<string, string> rawVote = MajorityVote.RunRaw(set.Raw);
        Dictionary<string, TruthValue> vote = MajorityVote.Run(set.Claims);
        if (set.Name == "Flight")
        {
            // The gold is written "7:10 a.m."; a raw string is right when it is exactly that.
            double exactStrings = set.Gold.Count(g => rawVote.TryGetValue(g.Key, out string? v) && string.Equals(v, g.Value.ToString(), StringComparison.Ordinal)) / (double)set.Gold.Count;
            Row("majority vote, values as written", string.Create(CultureInfo.InvariantCulture, $"accuracy {exactStrings:0.0000}"), "-", Time(() => MajorityVote.RunRaw(set.Raw), repeat));
        }

        Row("majority vote, values normalised", Measure(set, item => vote.GetValueOrDefault(item)), "-", Time(() => MajorityVote.Run(set.Claims), repeat));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| majority vote, ties split evenly (expected accuracy) | exact {MajorityVote.ExpectedAccuracy(set.Claims, set.Gold):0.0000} | - | | | | |"));

        var none = new Dictionary<string, string>();
        var configurations = new List<(string Name, IReadOnlyDictionary<string, double> Priors, IReadOnlyDictionary<string, string> Classes)> { ("Reconcile", new Dictionary<string, double>(), none) };
        if (set.Priors.Count > 0)
        {
            configurations.Add(("Reconcile with priors: " + set.PriorNote, set.Priors, none));
        }

        if (set.SourceClasses.Count > 0)
        {
            configurations.Add(("Reconcile with learned source classes: " + set.ClassNote, new Dictionary<string, double>(), set.SourceClasses));
        }

        foreach ((string name, IReadOnlyDictionary<string, double> priors, IReadOnlyDictionary<string, string> classes) in configurations)
        {
            var estimator = new TruthEstimator(options);
            TruthResult? result = null;
            (double cold, double warm, double cpu, double megabytes) = Time(() => result = estimator.Estimate(new TruthProblem(set.Claims, priors: priors, sourceClasses: classes)), repeat);
            TruthResult r = result!;
            var byItem = r.Items.ToDictionary(i => i.ItemId, StringComparer.Ordinal);
            int undecided = set.Gold.Keys.Count(k => byItem.TryGetValue(k, out ItemEstimate? e) && !e.IsDecided);
            string decidedAccuracy = string.Create(CultureInfo.InvariantCulture, $"{undecided} (decided ones right: {set.Gold.Count(g => byItem.TryGetValue(g.Key, out ItemEstimate? e) && e.IsDecided && e.Best.Equals(g.Value)) / (double)Math.Max(1, set.Gold.Count - undecided):0.0000})");
            Row(name, Measure(set, item => byItem.TryGetValue(item, out ItemEstimate? e) ? e.Best : null), decidedAccuracy, (cold, warm, cpu, megabytes));
            // Exact ties in probability are broken by the canonical order (the smaller number first), which can flatter a data set
            // whose gold favours small values: this is the accuracy expected when such ties are split at random instead.
            double tiesSplit = set.Gold.Sum(g =>
            {
                if (!byItem.TryGetValue(g.Key, out ItemEstimate? e))
                {
                    return 0;
                }

                double top = e.Candidates.Max(c => c.Probability);
                TruthValue[] tied = [.. e.Candidates.Where(c => c.Probability >= top - 1e-9).Select(c => c.Value)];
                return tied.Contains(g.Value) ? 1.0 / tied.Length : 0;
            }) / set.Gold.Count;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"|   ({name}: exact ties split evenly {tiesSplit:0.0000}; default reliability {r.DefaultReliability:0.000}{string.Concat(r.ClassDefaults.Select(c => string.Create(CultureInfo.InvariantCulture, $", {c.Key} {c.Value:0.000}")))}, false values per fact {r.FalseValueCount:0.00}, {r.Rounds} rounds) | | | | | | |"));
            if (misses)
            {
                // Every gold fact the model gets wrong, with its explanation: for studying errors, not for tuning to them.
                foreach ((string item, TruthValue truth) in set.Gold.OrderBy(g => g.Key, StringComparer.Ordinal))
                {
                    if (byItem.TryGetValue(item, out ItemEstimate? e) && !e.Best.Equals(truth))
                    {
                        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    miss {item}: gold {truth}, best {e.Best}. {e.Explanation}"));
                    }
                }
            }
        }
    }

    private static string Measure(DataSet set, Func<string, TruthValue?> predicted) => set.Name switch
    {
        "Population" or "Population, all claims" => Score.Figures(set.Gold, predicted),
        "Book" => Score.Authors(set.Gold, predicted),
        _ => string.Create(CultureInfo.InvariantCulture, $"accuracy {Score.Accuracy(set.Gold, predicted):0.0000}"),
    };

    private static void Row(string method, string result, string undecided, (double Cold, double Warm, double Cpu, double Megabytes) time)
        => Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {method} | {result} | {undecided} | {time.Cold:0} | {time.Warm:0} | {time.Cpu:0} | {time.Megabytes:0.0} |"));

    // One cold run, then the median of the warm runs (wall clock, and CPU time of the whole process, which a busy
    // machine does not inflate); allocations of the last run.
    private static (double Cold, double Warm, double Cpu, double Megabytes) Time(Action run, int repeat)
    {
        var clock = Stopwatch.StartNew();
        run();
        double cold = clock.Elapsed.TotalMilliseconds;
        var warm = new List<double>();
        var cpu = new List<double>();
        long allocated = 0;
        using var process = Process.GetCurrentProcess();
        for (int i = 0; i < Math.Max(1, repeat); i++)
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            process.Refresh();
            TimeSpan cpuBefore = process.TotalProcessorTime;
            clock.Restart();
            run();
            warm.Add(clock.Elapsed.TotalMilliseconds);
            process.Refresh();
            cpu.Add((process.TotalProcessorTime - cpuBefore).TotalMilliseconds);
            allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        }

        warm.Sort();
        cpu.Sort();
        return (cold, warm[warm.Count / 2], cpu[cpu.Count / 2], allocated / 1e6);
    }

    // The Book claims repeated k times under new fact ids: run time and allocations should grow linearly.
    private static void Scaling(DataSet book, TruthOptions options)
    {
        Console.WriteLine();
        Console.WriteLine("## Scaling: Book claims repeated k times as new facts (same sources)");
        Console.WriteLine("| k | claims | warm ms | warm CPU ms | allocated MB | MB per 10,000 claims |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|");
        var estimator = new TruthEstimator(options);
        foreach (int k in new[] { 1, 2, 4, 8 })
        {
            TruthClaim[] claims = [.. Enumerable.Range(0, k).SelectMany(copy => book.Claims.Select(c => new TruthClaim(c.SourceId, c.ItemId + "#" + copy.ToString(CultureInfo.InvariantCulture), c.Value)))];
            (double _, double warm, double cpu, double megabytes) = Time(() => estimator.Estimate(new TruthProblem(claims)), 3);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {k} | {claims.Length:#,0} | {warm:0} | {cpu:0} | {megabytes:0.0} | {megabytes / claims.Length * 10000:0.00} |"));
        }
    }

    // "--set LeaveOneOut=true": any TruthOptions property, for experiments.
    private static TruthOptions Configure(List<string> settings)
    {
        var options = new TruthOptions();
        foreach (string setting in settings)
        {
            string[] parts = setting.Split('=', 2);
            PropertyInfo property = typeof(TruthOptions).GetProperty(parts[0]) ?? throw new ArgumentException($"TruthOptions has no property '{parts[0]}'.");
            object value = Convert.ChangeType(parts[1], property.PropertyType, CultureInfo.InvariantCulture);
            property.SetValue(options, value);
        }

        return options;
    }

    // The repository sits next to ../shared: walk up from the tool to the folder holding Reconcile.sln.
    private static string? FindDataFolder()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Reconcile.sln")))
            {
                return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "datasets", "truth-discovery"));
            }
        }

        return null;
    }

    private static string RuntimeInformationText()
        => string.Create(CultureInfo.InvariantCulture, $"{System.Runtime.InteropServices.RuntimeInformation.OSDescription.Trim()}, {Environment.ProcessorCount} cores");
}
