using System;
using System.IO;

namespace Reconcile.Evaluation;

/// <summary>
/// Entry point. Arguments: an optional mode (<c>accuracy</c>, <c>speed</c> or <c>all</c>, the default), an optional
/// datasets folder (default <c>../shared/datasets</c> relative to the repository root), and <c>--misses</c> to list
/// what was missed (for development only: NewsQuant's sentences must not be copied into the repository). <c>try</c>
/// followed by sentences prints what the recognizer reads in each.
/// </summary>
internal static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "try")
        {
            // try [--published=yyyy-MM-dd] "sentence" ...: prints what the recognizer reads, for development.
            DateOnly? published = null;
            foreach (string sentence in args[1..])
            {
                if (sentence.StartsWith("--published=", StringComparison.Ordinal))
                {
                    published = DateOnly.ParseExact(sentence["--published=".Length..], "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
                    continue;
                }

                Console.WriteLine(sentence);
                foreach (Recognition r in Recognizer.Recognize(sentence, published))
                {
                    Console.WriteLine($"    \"{r.Span.Slice(sentence)}\" -> {r.Value}");
                }
            }

            return 0;
        }

        string mode = "all";
        string? datasets = null;
        bool misses = false;
        foreach (string arg in args)
        {
            if (arg is "accuracy" or "speed" or "all")
            {
                mode = arg;
            }
            else if (arg == "--misses")
            {
                misses = true;
            }
            else
            {
                datasets = arg;
            }
        }

        datasets ??= Path.Combine(RepositoryRoot(), "..", "shared", "datasets");
        datasets = Path.GetFullPath(datasets);
        if (mode is "accuracy" or "all")
        {
            if (!Directory.Exists(datasets))
            {
                Console.Error.WriteLine($"No datasets folder at {datasets}; pass its path as an argument.");
                return 2;
            }

            Console.WriteLine($"Datasets: {datasets}");
            NewsQuantEvaluation.Run(Path.Combine(datasets, "cqe-newsquant", "NewsQuant.json"), misses);
            RecognizersSpecEvaluation.Run(Path.Combine(datasets, "recognizers-specs", "Specs"), misses);
            Quantulum3Evaluation.Run(Path.Combine(datasets, "quantulum3-tests", "quantities.json"), misses);
        }

        if (mode is "speed" or "all")
        {
            SpeedHarness.Run(Path.Combine(datasets, "cqe-newsquant", "NewsQuant.json"));
        }

        return 0;
    }

    private static string RepositoryRoot()
    {
        string? dir = AppContext.BaseDirectory;
        while (dir is not null && !File.Exists(Path.Combine(dir, "Reconcile.sln")))
        {
            dir = Path.GetDirectoryName(dir);
        }

        return dir ?? Directory.GetCurrentDirectory();
    }
}
