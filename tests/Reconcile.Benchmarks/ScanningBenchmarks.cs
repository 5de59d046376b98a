using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using Reconcile.Cleaning;
using Reconcile.Extraction;
using Reconcile.Text;

namespace Reconcile.Benchmarks;

/// <summary>
/// The recognizer on one large synthetic article: the built-in extractor alone over ready-split sentences, and the
/// whole per-document front end (clean, split into sentences, extract), single-threaded.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(BenchmarkConfig))]
public class ScanningBenchmarks
{
    private Document _document = null!;
    private IReadOnlyList<TextSpan> _sentences = null!;
    private NewsClaimExtractor _extractor = null!;
    private PageFurnitureCleaner _cleaner = null!;

    [Params(TextKind.News, TextKind.Dense, TextKind.Prose)]
    public TextKind Text { get; set; }

    [Params(1024)]
    public int SizeKB { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _document = Document.Parse("synthetic", Inputs.Text(Text, SizeKB * 1024));
        _cleaner = new PageFurnitureCleaner();
        _sentences = SentenceSplitter.Split(_document.Text, _cleaner.Clean(_document));
        _extractor = new NewsClaimExtractor(new ReconcilerOptions());
    }

    [Benchmark]
    public int Extract() => Count(_extractor.Extract(_document, _sentences));

    [Benchmark]
    public int CleanSplitExtract()
    {
        IReadOnlyList<TextSpan> sentences = SentenceSplitter.Split(_document.Text, _cleaner.Clean(_document));
        return Count(_extractor.Extract(_document, sentences));
    }

    internal static int Count(IEnumerable<Claim> claims)
    {
        int count = 0;
        foreach (Claim _ in claims)
        {
            count++;
        }

        return count;
    }
}
