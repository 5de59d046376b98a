using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Reconcile.Cleaning;
using Reconcile.Comparison;
using Reconcile.Extraction;
using Reconcile.Grouping;
using Reconcile.Text;

namespace Reconcile.Benchmarks;

/// <summary>
/// One-shot measurements with a stopwatch, for what BenchmarkDotNet cannot repeat in reasonable time (a million
/// claims) and for sizing inputs before a long run:
/// <list type="bullet">
/// <item><description><c>probe corpus</c>: sizes, sentences and claims of the synthetic texts and the samples.</description></item>
/// <item><description><c>probe hostile [KB,KB,…]</c>: each hostile input once per size, to check growth is linear.</description></item>
/// <item><description><c>probe scan [News|Dense|Prose] [times]</c>: the extractor over 1 MB, in a loop, to attach a
/// profiler to (<c>dotnet-trace collect -- … probe scan News 200</c>).</description></item>
/// <item><description><c>probe recognize [News|Dense|Prose] [times]</c>: <see cref="Recognizer.Recognize"/> alone on 5 MB,
/// each call timed: best, median and mean MB/s, bytes allocated per call and per figure or date found (a quick
/// stand-in for <c>RecognizerBenchmarks</c> while working).</description></item>
/// <item><description><c>probe grouping N [limit-seconds] [threads]</c>: the grouper on N synthetic claims, then the
/// comparer on every group (in parallel, as a reconciler does), once, with time, CPU time, allocation, peak working set and a fingerprint of the result;
/// gives up after the limit (600 s by default); threads is the MaxDegreeOfParallelism of both (-1, every core, by
/// default).</description></item>
/// </list>
/// </summary>
internal static class Probe
{
    public static int Run(string[] args)
    {
        switch (args.FirstOrDefault())
        {
            case "corpus":
                Corpus();
                return 0;
            case "hostile":
                Hostile(args.Length > 1 ? [.. args[1].Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture))] : [64, 256, 1024]);
                return 0;
            case "scan":
                Scan(args.Length > 1 ? Enum.Parse<TextKind>(args[1]) : TextKind.News, args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 100);
                return 0;
            case "recognize":
                Recognize(args.Length > 1 ? Enum.Parse<TextKind>(args[1]) : TextKind.News, args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 30);
                return 0;
            case "grouping" when args.Length > 1:
                return Grouping(int.Parse(args[1], CultureInfo.InvariantCulture), args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 600, args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : -1);
            default:
                Console.Error.WriteLine("usage: probe corpus | probe hostile [KB,KB,...] | probe scan [News|Dense|Prose] [times] | probe grouping N [limit-seconds] [threads]");
                return 2;
        }
    }

    private static void Corpus()
    {
        var extractor = new NewsClaimExtractor(new ReconcilerOptions());
        var cleaner = new PageFurnitureCleaner();
        foreach (TextKind kind in Enum.GetValues<TextKind>())
        {
            var document = Document.Parse("synthetic", Inputs.Text(kind, 1024 * 1024));
            var sentences = SentenceSplitter.Split(document.Text, cleaner.Clean(document));
            int claims = ScanningBenchmarks.Count(extractor.Extract(document, sentences));
            Console.WriteLine(Invariant($"{kind}: {document.Text.Length:N0} bytes, {sentences.Count:N0} sentences, {claims:N0} claims ({(claims == 0 ? 0 : document.Text.Length / claims):N0} bytes per claim)"));
        }

        Document[] samples = SampleArticles.Load();
        ReconciliationReport report = Reconciler.Default.Reconcile(samples);
        Console.WriteLine(Invariant($"samples: {samples.Length} documents, {SampleArticles.Bytes(samples):N0} UTF-8 bytes, {report.Claims.Count} claims, {report.Groups.Count} groups"));
    }

    private static void Scan(TextKind kind, int times)
    {
        var document = Document.Parse("synthetic", Inputs.Text(kind, 1024 * 1024));
        var sentences = SentenceSplitter.Split(document.Text, new PageFurnitureCleaner().Clean(document));
        var extractor = new NewsClaimExtractor(new ReconcilerOptions());
        int claims = ScanningBenchmarks.Count(extractor.Extract(document, sentences));
        long allocated = GC.GetTotalAllocatedBytes(precise: true);
        var watch = Stopwatch.StartNew();
        for (int i = 0; i < times; i++)
        {
            claims = ScanningBenchmarks.Count(extractor.Extract(document, sentences));
        }

        long perPass = (GC.GetTotalAllocatedBytes(precise: true) - allocated) / times;
        Console.WriteLine(Invariant($"{kind}: {times} x 1 MB in {watch.Elapsed.TotalSeconds:F2} s ({times * 1.048576 / watch.Elapsed.TotalSeconds:F1} MB/s), {claims} claims each, {sentences.Count} sentences; {perPass / 1024.0:N1} KB allocated per pass ({(claims == 0 ? 0 : perPass / claims):N0} B per claim)"));
    }

    private static void Recognize(TextKind kind, int times)
    {
        string text = Inputs.Text(kind, 5120 * 1024);
        int found = 0;
        for (int i = 0; i < 8; i++)
        {
            found = Recognizer.Recognize(text).Count; // past tiered compilation
        }

        var seconds = new double[times];
        long allocated = GC.GetTotalAllocatedBytes(precise: true);
        TimeSpan cpu = Process.GetCurrentProcess().TotalProcessorTime;
        for (int i = 0; i < times; i++)
        {
            long start = Stopwatch.GetTimestamp();
            found = Recognizer.Recognize(text).Count;
            seconds[i] = Stopwatch.GetElapsedTime(start).TotalSeconds;
        }

        double cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        long perCall = (GC.GetTotalAllocatedBytes(precise: true) - allocated) / times;
        Array.Sort(seconds);
        double mb = text.Length / 1048576.0;
        Console.WriteLine(Invariant($"{kind}: {times} x {mb:F0} MB, {found:N0} found; MB/s best {mb / seconds[0]:F1}, median {mb / seconds[times / 2]:F1}, mean {mb * times / seconds.Sum():F1}, per CPU second {mb * times / cpuSeconds:F1}; {perCall / 1024.0:N0} KB allocated per call ({(found == 0 ? 0 : perCall / found):N0} B per find); load average {LoadAverage()}"));
    }

    private static void Hostile(int[] sizesKB)
    {
        Reconciler reconciler = new ReconcilerBuilder { Options = { MaxDegreeOfParallelism = 1 } }.Build();
        reconciler.Reconcile([Document.Parse("warmup", SyntheticNews.News(64 * 1024))]);
        foreach (HostileInput input in Enum.GetValues<HostileInput>())
        {
            foreach (int kb in sizesKB)
            {
                var document = Document.Parse("hostile", Inputs.Hostile(input, kb * 1024));
                long allocated = GC.GetTotalAllocatedBytes(precise: true);
                var watch = Stopwatch.StartNew();
                string outcome;
                try
                {
                    outcome = Invariant($"{reconciler.Reconcile([document]).Claims.Count} claims");
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    outcome = "threw " + e.GetType().Name + ": " + e.Message;
                }

                watch.Stop();
                long bytes = GC.GetTotalAllocatedBytes(precise: true) - allocated;
                Console.WriteLine(Invariant($"{input,-9} {kb,5} KB  {watch.Elapsed.TotalMilliseconds,10:F1} ms  {kb * 1024 / 1e6 / watch.Elapsed.TotalSeconds,8:F2} MB/s  {bytes / 1048576.0,9:F1} MiB allocated  {outcome}"));
            }
        }
    }

    private static int Grouping(int count, int limitSeconds, int threads)
    {
        var setup = Stopwatch.StartNew();
        SyntheticClaims data = SyntheticClaims.Create(count);
        setup.Stop();
        int largestBlock = data.Claims.GroupBy(BlockKey.For, StringComparer.Ordinal).Max(g => g.Count());
        Console.WriteLine(Invariant($"{count:N0} claims in {data.Documents.Length:N0} documents; largest block {largestBlock:N0} claims; setup {setup.Elapsed.TotalSeconds:F1} s; load average {LoadAverage()}"));

        var grouper = new ContextGrouper(new ReconcilerOptions { MaxDegreeOfParallelism = threads });
        var comparer = new IntervalComparer();
        // Each claim's index, for the fingerprint: made before the clock starts, as it is the probe's, not the
        // grouper's or the comparer's (a million-entry dictionary, about a third of a second).
        var index = new Dictionary<Claim, int>(data.Claims.Length, ReferenceEqualityComparer.Instance);
        for (int i = 0; i < data.Claims.Length; i++)
        {
            index[data.Claims[i]] = i;
        }

        // Making the input leaves about as much free memory as the input itself (at 1M claims, 960 MiB of working
        // set for 440 MiB of live objects: the generator's strings, builders and lists), which the runtime keeps
        // unless told otherwise. An aggressive collection returns it, so that the working set before grouping is
        // the input, and the peak is the input plus what grouping and comparing add, as in a process that read its
        // documents instead of generating them.
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        using var self = Process.GetCurrentProcess();
        long baseline = self.WorkingSet64;
        bool peakReset = ResetPeakWorkingSet();
        // What the claims, documents and index hold.
        long input = GC.GetTotalMemory(forceFullCollection: false);
        long allocated = GC.GetTotalAllocatedBytes(precise: true);
        TimeSpan cpu = self.TotalProcessorTime;
        TimeSpan paused = GC.GetTotalPauseDuration();
        int[] collections = [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];
        IReadOnlyList<IReadOnlyList<Claim>>? grouped = null;
        Verdict[] verdicts = [];
        TimeSpan groupTime = TimeSpan.Zero;
        long groupBytes = 0;
        var watch = Stopwatch.StartNew();
        using var limit = new CancellationTokenSource();
        var worker = new Thread(() =>
        {
            try
            {
                grouped = grouper.Group(data.Claims, data.Documents, limit.Token);
                groupTime = watch.Elapsed;
                groupBytes = GC.GetTotalAllocatedBytes(precise: true) - allocated;
                verdicts = CompareAll(grouped, comparer, threads, limit.Token);
            }
            catch (OperationCanceledException)
            {
                // the limit passed; reported below
            }
        })
        { IsBackground = true };
        worker.Start();
        long peakHeap = 0;
        while (!worker.Join(TimeSpan.FromSeconds(1)))
        {
            peakHeap = Math.Max(peakHeap, GC.GetGCMemoryInfo().HeapSizeBytes);
            if (watch.Elapsed.TotalSeconds > limitSeconds)
            {
                limit.Cancel();
                self.Refresh();
                Console.WriteLine(Invariant($"grouping did NOT finish within {limitSeconds} s; allocated so far {(GC.GetTotalAllocatedBytes(precise: false) - allocated) / 1048576.0:N0} MiB, peak working set {self.PeakWorkingSet64 / 1048576.0:N0} MiB, largest GC heap seen {peakHeap / 1048576.0:N0} MiB; load average {LoadAverage()}"));
                return 1;
            }
        }

        watch.Stop();
        long bytes = GC.GetTotalAllocatedBytes(precise: true) - allocated;
        self.Refresh();
        TimeSpan cpuUsed = self.TotalProcessorTime - cpu;
        int largestGroup = grouped!.Max(g => g.Count);
        Console.WriteLine(Invariant($"grouped into {grouped!.Count:N0} groups (largest {largestGroup:N0} claims) in {groupTime.TotalSeconds:F2} s, compared in {(watch.Elapsed - groupTime).TotalSeconds:F2} s: {watch.Elapsed.TotalSeconds:F2} s in all, {cpuUsed.TotalSeconds:F2} s of CPU"));
        Console.WriteLine(Invariant($"allocated {bytes / 1048576.0:N0} MiB ({groupBytes / 1048576.0:N0} grouping, {(bytes - groupBytes) / 1048576.0:N0} comparing); peak working set {self.PeakWorkingSet64 / 1048576.0:N0} MiB{(peakReset ? " since grouping started" : " of the process")} ({baseline / 1048576.0:N0} MiB before grouping, with the claims and documents, of which {input / 1048576.0:N0} MiB live objects); largest GC heap seen {peakHeap / 1048576.0:N0} MiB; load average {LoadAverage()}"));
        Console.WriteLine(Invariant($"garbage collections: {GC.CollectionCount(0) - collections[0]} gen0, {GC.CollectionCount(1) - collections[1]} gen1, {GC.CollectionCount(2) - collections[2]} gen2; paused {(GC.GetTotalPauseDuration() - paused).TotalSeconds:F2} s"));
        Console.WriteLine("fingerprint of groups and verdicts: " + Fingerprint(grouped, verdicts, index));
        return 0;
    }

    /// <summary>Compares every group as a reconciler does: every group on its own, on the cores allowed.</summary>
    private static Verdict[] CompareAll(IReadOnlyList<IReadOnlyList<Claim>> groups, IntervalComparer comparer, int threads, CancellationToken cancellationToken)
    {
        var verdicts = new Verdict[groups.Count];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = threads, CancellationToken = cancellationToken };
        Parallel.For(0, groups.Count, parallel, g => verdicts[g] = comparer.Compare(groups[g]).Verdict);
        return verdicts;
    }

    /// <summary>
    /// A digest of the partition and the verdicts, so two versions of the grouper can be checked to give the same
    /// result at any scale; worked out after the clock stops.
    /// </summary>
    private static string Fingerprint(IReadOnlyList<IReadOnlyList<Claim>> groups, Verdict[] verdicts, Dictionary<Claim, int> index)
    {
        int claims = index.Count;
        var groupOf = new int[claims];
        for (int g = 0; g < groups.Count; g++)
        {
            foreach (Claim claim in groups[g])
            {
                groupOf[index[claim]] = g;
            }
        }

        // Each claim with the first claim of its group and that group's verdict: independent of the order of groups.
        var first = new int[groups.Count];
        Array.Fill(first, int.MaxValue);
        for (int i = 0; i < claims; i++)
        {
            first[groupOf[i]] = Math.Min(first[groupOf[i]], i);
        }

        using var hash = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        Span<byte> buffer = stackalloc byte[8];
        for (int i = 0; i < claims; i++)
        {
            System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(buffer, first[groupOf[i]]);
            System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(buffer[4..], (int)verdicts[groupOf[i]]);
            hash.AppendData(buffer);
        }

        return Convert.ToHexString(hash.GetHashAndReset())[..16];
    }

    /// <summary>
    /// Makes the peak working set start again from the current one, so that the peak printed is that of grouping and
    /// comparing, not of making the input (Linux: writing 5 to <c>/proc/self/clear_refs</c> resets VmHWM).
    /// </summary>
    private static bool ResetPeakWorkingSet()
    {
        try
        {
            System.IO.File.WriteAllText("/proc/self/clear_refs", "5");
            return true;
        }
        catch (Exception e) when (e is System.IO.IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return false;
        }
    }

    private static string LoadAverage()
        => System.IO.File.Exists("/proc/loadavg") ? string.Join(' ', System.IO.File.ReadAllText("/proc/loadavg").Split(' ')[..3]) : "unknown";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
