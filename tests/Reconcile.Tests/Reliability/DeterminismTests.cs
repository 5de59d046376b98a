using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Reconcile.Json;
using Reconcile.Tests.Evaluation;

namespace Reconcile.Tests.Reliability;

/// <summary>
/// The reconciler is thread-safe and deterministic: the same documents give byte-identical text and JSON on one
/// thread or many, in any culture, and from concurrent calls; cancellation stops the work promptly.
/// </summary>
public sealed class DeterminismTests
{
    private static readonly Lazy<Document[]> Corpus = new(() =>
        [.. Samples.Load(), .. Directory.GetFiles(EvaluationSet.ArticlesFolder, "*.txt", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(path => Document.Parse(Path.GetFileName(Path.GetDirectoryName(path)) + "-" + Path.GetFileNameWithoutExtension(path), File.ReadAllText(path)))]);

    [TestCase(1)]
    [TestCase(2)]
    [TestCase(8)]
    public void Reconcile_AnyDegreeOfParallelism_IsByteIdentical(int threads)
    {
        Reconciler single = new ReconcilerBuilder { Options = { MaxDegreeOfParallelism = 1 } }.Build();
        Reconciler many = new ReconcilerBuilder { Options = { MaxDegreeOfParallelism = threads } }.Build();
        (string Text, string Json) expected = Render(single, Corpus.Value);
        Assert.That(Render(many, Corpus.Value), Is.EqualTo(expected));
    }

    // Blocks above the grouper's all-pairs limit take the sparse path (rare-word postings, neighbour windows, parts
    // clustered on their own) and are clustered on several threads at once: the report must not notice.
    [TestCase(2)]
    [TestCase(8)]
    public void Reconcile_LargeBlocks_AnyDegreeOfParallelism_IsByteIdentical(int threads)
    {
        Document[] documents = LargeBlocks();
        Reconciler single = new ReconcilerBuilder { Options = { MaxDegreeOfParallelism = 1 } }.Build();
        Reconciler many = new ReconcilerBuilder { Options = { MaxDegreeOfParallelism = threads } }.Build();
        (string Text, string Json) expected = Render(single, documents);
        Assert.That(expected.Json, Does.Contain("\"conflict\"").IgnoreCase, "the documents should hold conflicts, or the test compares little");
        Assert.That(Render(many, documents), Is.EqualTo(expected));
        Assert.That(Render(many, [.. documents.Reverse()]), Is.EqualTo(expected));
    }

    // 80 documents of 6 sentences: 30 facts about troops, vehicles and people, each told by several documents with
    // different hedges and some with two figures in one sentence, so each block holds well over 48 claims.
    private static Document[] LargeBlocks()
    {
        string[] places = ["Bakuna", "Dorvel", "Keshan", "Lomari", "Pretvo", "Sarnid", "Tivola", "Veskar", "Zorund", "Mirath"];
        string[] heads = ["troops", "vehicles", "people"];
        string[] hedges = ["", "more than ", "nearly ", "about ", "at least "];
        var random = new Random(11);
        var documents = new Document[80];
        for (int d = 0; d < documents.Length; d++)
        {
            var text = new StringBuilder();
            for (int s = 0; s < 6; s++)
            {
                int fact = random.Next(30);
                string place = places[fact % places.Length], head = heads[fact % heads.Length];
                int value = (fact + 2) * 1000 + ((random.Next(3) - 1) * 100);
                string figure = value.ToString("N0", CultureInfo.InvariantCulture);
                text.Append(CultureInfo.InvariantCulture, $"Officials in {place} said {hedges[random.Next(hedges.Length)]}{figure} {head} were counted near the river");
                text.Append(s % 3 == 0 ? string.Create(CultureInfo.InvariantCulture, $" and {(fact + 1) * 10} {head} were missing.\n") : ".\n");
            }

            documents[d] = new Document(new Source(string.Create(CultureInfo.InvariantCulture, $"s{d:D3}")), text.ToString());
        }

        return documents;
    }

    [TestCase("")]
    [TestCase("tr-TR")]
    [TestCase("ar-SA")]
    [TestCase("fa-IR")]
    [TestCase("th-TH")]
    [TestCase("de-DE")]
    [TestCase("ja-JP")]
    public void Reconcile_AnyCulture_IsByteIdentical(string culture)
    {
        (string Text, string Json) expected = InCulture(CultureInfo.InvariantCulture, () => Render(Reconciler.Default, Corpus.Value));
        Assert.That(InCulture(new CultureInfo(culture), () => Render(Reconciler.Default, Corpus.Value)), Is.EqualTo(expected));
    }

    [Test]
    public void Reconcile_ConcurrentCallsOnOneInstance_EachGetsItsOwnReport()
    {
        Document[][] sets = [.. Corpus.Value.Chunk(4), Corpus.Value, [.. Corpus.Value.Reverse()]];
        string[] expected = [.. sets.Select(set => Render(Reconciler.Default, set).Json)];
        string[] actual = new string[sets.Length * 3];
        Parallel.For(0, actual.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => actual[i] = Render(Reconciler.Default, sets[i % sets.Length]).Json);
        Assert.That(actual, Is.EqualTo(Enumerable.Range(0, actual.Length).Select(i => expected[i % sets.Length])));
    }

    [Test]
    public void Reconcile_CancelledAfterAShortDelay_StopsPromptly()
    {
        // 120 articles of 50 KB (6 MB, 109,000 claims): the whole run takes about 8 s in Release here and longer
        // in Debug; after the cancel the work stops as soon as the documents being read are done.
        string[] things = ["troops", "homes", "people", "ships", "jobs"];
        Document[] documents = [.. Enumerable.Range(0, 120).Select(d =>
        {
            var text = new StringBuilder("published: 2025-05-30\n\n");
            for (int i = 0; text.Length < 50_000; i++)
            {
                text.Append(CultureInfo.InvariantCulture, $"Officials said more than {((i * 7) + d) % 5000} {things[i % 5]} were lost in {2000 + (i % 25)}. ");
            }

            return Document.Parse(string.Create(CultureInfo.InvariantCulture, $"copy-{d:D3}"), text.ToString());
        })];
        using var cancellation = new CancellationTokenSource();
        var clock = new Stopwatch();

        // A thread of its own cancels: a timer callback would wait for a free thread-pool thread, and the
        // reconciler keeps the pool busy.
        var canceller = new Thread(() =>
        {
            Thread.Sleep(200);
            clock.Start();
            cancellation.Cancel();
        });
        canceller.Start();
        Assert.Throws<OperationCanceledException>(() => Reconciler.Default.Reconcile(documents, cancellation.Token));
        clock.Stop();
        canceller.Join();
        TestContext.Out.WriteLine($"stopped {clock.ElapsedMilliseconds} ms after the cancel");
        Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(5)), "stops within seconds of the cancel");
    }

    [Test]
    public void Reconcile_OneLargeDocument_CancelledDuringItsExtraction_StopsPromptly()
    {
        // One 20 MB article: before the extractors took a token it could only be cancelled once all of it was read.
        var text = new StringBuilder("published: 2025-05-30\n\n", 20_100_000);
        string[] things = ["troops", "homes", "people", "ships", "jobs"];
        for (int i = 0; text.Length < 20_000_000; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"Officials said more than {i % 5000} {things[i % 5]} were lost in {2000 + (i % 25)}. ");
        }

        Document document = Document.Parse("huge", text.ToString());
        using var cancellation = new CancellationTokenSource();
        var clock = new Stopwatch();
        bool extracting = false;
        var canceller = new Thread(() =>
        {
            Thread.Sleep(300);
            extracting = true;
            clock.Start();
            cancellation.Cancel();
        });
        canceller.Start();
        Assert.Throws<OperationCanceledException>(() => Reconciler.Default.Reconcile([document], cancellation.Token));
        clock.Stop();
        canceller.Join();
        TestContext.Out.WriteLine($"stopped {clock.ElapsedMilliseconds} ms after the cancel");
        Assert.That(extracting, Is.True);
        Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(5)), "stops within seconds of the cancel, not after the whole article");
    }

    [Test]
    public void BuiltInExtractors_ACancelledToken_StopsThemBeforeTheFirstSentence()
    {
        Document document = Samples.Load()[0];
        var sentences = new[] { new TextSpan(document.BodyStart, document.Text.Length - document.BodyStart) };
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();
        var options = new ReconcilerOptions();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(() => new Reconcile.Extraction.NewsClaimExtractor(options).Extract(document, sentences, cancellation.Token).ToList(), Throws.InstanceOf<OperationCanceledException>());
            Assert.That(() => new Reconcile.Extraction.MemberListExtractor(options.Entities).Extract(document, sentences, cancellation.Token).ToList(), Throws.InstanceOf<OperationCanceledException>());
        }
    }

    [Test]
    public void CustomExtractor_WithoutATokenOverload_StillSeesCancellation()
    {
        // The interface's default checks the token before calling the two-argument Extract.
        Reconcile.Pipeline.IClaimExtractor extractor = new CountingExtractor();
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();
        Assert.That(() => extractor.Extract(Samples.Load()[0], [], cancellation.Token), Throws.InstanceOf<OperationCanceledException>());
        Assert.That(((CountingExtractor)extractor).Calls, Is.Zero);
    }

    private sealed class CountingExtractor : Reconcile.Pipeline.IClaimExtractor
    {
        public int Calls { get; private set; }

        public IEnumerable<Claim> Extract(Document document, IReadOnlyList<TextSpan> sentences)
        {
            Calls++;
            return [];
        }
    }

    private static (string Text, string Json) Render(Reconciler reconciler, IEnumerable<Document> documents)
    {
        ReconciliationReport report = reconciler.Reconcile(documents);
        return (report.ToString(), ReconcileJson.Serialize(report));
    }

    // Sets the culture of this thread and of the thread pool's threads, as an application would, and restores it.
    private static T InCulture<T>(CultureInfo culture, Func<T> action)
    {
        CultureInfo current = CultureInfo.CurrentCulture, currentUi = CultureInfo.CurrentUICulture;
        CultureInfo? defaultCulture = CultureInfo.DefaultThreadCurrentCulture, defaultUi = CultureInfo.DefaultThreadCurrentUICulture;
        try
        {
            CultureInfo.DefaultThreadCurrentCulture = CultureInfo.CurrentCulture = culture;
            CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.CurrentUICulture = culture;
            return action();
        }
        finally
        {
            CultureInfo.CurrentCulture = current;
            CultureInfo.CurrentUICulture = currentUi;
            CultureInfo.DefaultThreadCurrentCulture = defaultCulture;
            CultureInfo.DefaultThreadCurrentUICulture = defaultUi;
        }
    }
}
