using BenchmarkDotNet.Attributes;

namespace Reconcile.Benchmarks;

/// <summary>
/// <see cref="Recognizer.Recognize"/> alone (the scanner and the grammars, no cleaning, splitting, grouping or
/// comparison) over 5 MB of generated news-like text, single-threaded: the figure the recognizer's speed target
/// (100 MB/s on one thread) is about. Allocation should follow what is found, so Prose allocates almost nothing.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(BenchmarkConfig))]
public class RecognizerBenchmarks
{
    private string _text = string.Empty;

    [Params(TextKind.News, TextKind.Dense, TextKind.Prose)]
    public TextKind Text { get; set; }

    [Params(5120)]
    public int SizeKB { get; set; }

    [GlobalSetup]
    public void Setup() => _text = Inputs.Text(Text, SizeKB * 1024);

    [Benchmark]
    public int Recognize() => Recognizer.Recognize(_text).Count;
}
