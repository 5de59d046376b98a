using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace Reconcile.Evaluation;

/// <summary>
/// Single-thread throughput of <see cref="Recognizer.Recognize"/> after warm-up, with bytes allocated, on news
/// text (the sample articles of docs/samples, and NewsQuant's sentences when the datasets are there) and on
/// hostile inputs. A per-character pass over the same text is printed as the ceiling.
/// </summary>
internal static class SpeedHarness
{
    private const int TargetChars = 16 * 1024 * 1024;

    public static void Run(string newsQuantPath)
    {
        Console.WriteLine();
        Console.WriteLine("== Speed (one thread, Release build expected) ==");
        Console.WriteLine($"{RuntimeInformationLine()}");
        string samples = string.Join("\n\n", Directory.GetFiles(Path.Combine(Root(), "docs", "samples"), "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText));
        Measure("docs/samples (our articles), repeated", Repeat(samples));
        if (File.Exists(newsQuantPath))
        {
            using JsonDocument json = JsonDocument.Parse(File.ReadAllBytes(newsQuantPath));
            string sentences = string.Join(" ", json.RootElement.EnumerateArray().Select(e => e.GetProperty("text").GetString()));
            Measure("NewsQuant sentences, repeated", Repeat(sentences));
        }

        const int Mb = 1024 * 1024;
        Measure("hostile: 1 MB of digits", new string('7', Mb));
        Measure("hostile: 'more than ' x 100k", string.Concat(Enumerable.Repeat("more than ", Mb / 10)));
        Measure("hostile: 1 MB with no spaces", string.Concat(Enumerable.Repeat("abcdefghij", Mb / 10)));
        Measure("hostile: 1 MB of 'x1' (a trigger every 2 chars)", string.Concat(Enumerable.Repeat("x1", Mb / 2)));
        Measure("hostile: 'one ' x 256k (a number word every 4 chars)", string.Concat(Enumerable.Repeat("one ", Mb / 4)));
    }

    private static void Measure(string name, string text)
    {
        // Warm up, then take the best of five timed passes.
        Recognizer.Recognize(text);
        double best = double.MaxValue;
        double bestOnCpu = double.MaxValue;
        long allocated = 0;
        int found = 0;
        for (int run = 0; run < 5; run++)
        {
            double cpuBefore = OnCpuSeconds();
            long before = GC.GetAllocatedBytesForCurrentThread();
            var watch = Stopwatch.StartNew();
            found = Recognizer.Recognize(text).Count;
            watch.Stop();
            allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            double cpu = OnCpuSeconds() - cpuBefore;
            best = Math.Min(best, watch.Elapsed.TotalSeconds);
            bestOnCpu = Math.Min(bestOnCpu, cpu);
        }

        double mb = text.Length / 1e6;
        double ceiling = CharacterPass(text);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-52} {text.Length / 1e6,6:0.0} M chars  {mb / best,8:0.0} MB/s  ({1e9 * best / text.Length,5:0.00} ns/char)  on-CPU {(bestOnCpu >= 0.02 ? (mb / bestOnCpu).ToString("0.0", CultureInfo.InvariantCulture) : "-"),8} MB/s  found {found,7}  alloc {allocated / 1024.0,9:0} KB = {(found == 0 ? 0 : (double)allocated / found),6:0} B/find  [per-char pass {ceiling,6:0} MB/s]"));
    }

    /// <summary>
    /// Seconds this thread has spent running on a CPU (Linux: the first field of /proc/thread-self/schedstat), or
    /// NaN elsewhere. On a shared machine the wall clock also counts the time the thread waited for a core; this
    /// does not (cache and memory contention still show). The kernel updates it at scheduler ticks, so it is only
    /// printed for runs of 20 ms or more, and even then it is approximate.
    /// </summary>
    private static double OnCpuSeconds()
    {
        try
        {
            string stat = File.ReadAllText("/proc/thread-self/schedstat");
            int space = stat.IndexOf(' ', StringComparison.Ordinal);
            return long.Parse(stat.AsSpan(0, space < 0 ? stat.Length : space), NumberStyles.None, CultureInfo.InvariantCulture) / 1e9;
        }
        catch (IOException)
        {
            return double.NaN;
        }
        catch (UnauthorizedAccessException)
        {
            return double.NaN;
        }
    }

    /// <summary>The ceiling: one pass that looks at every character (counts digits).</summary>
    private static double CharacterPass(string text)
    {
        double best = double.MaxValue;
        int digits = 0;
        for (int run = 0; run < 3; run++)
        {
            var watch = Stopwatch.StartNew();
            digits = 0;
            foreach (char c in text)
            {
                if (char.IsAsciiDigit(c))
                {
                    digits++;
                }
            }

            best = Math.Min(best, watch.Elapsed.TotalSeconds);
        }

        GC.KeepAlive(digits);
        return text.Length / 1e6 / best;
    }

    private static string Repeat(string text)
    {
        var builder = new StringBuilder(TargetChars + text.Length);
        while (builder.Length < TargetChars)
        {
            builder.Append(text).Append("\n\n");
        }

        return builder.ToString();
    }

    private static string RuntimeInformationLine()
        => string.Create(CultureInfo.InvariantCulture, $"{System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, {Environment.ProcessorCount} cores");

    private static string Root()
    {
        string? dir = AppContext.BaseDirectory;
        while (dir is not null && !File.Exists(Path.Combine(dir, "Reconcile.sln")))
        {
            dir = Path.GetDirectoryName(dir);
        }

        return dir ?? Directory.GetCurrentDirectory();
    }
}
