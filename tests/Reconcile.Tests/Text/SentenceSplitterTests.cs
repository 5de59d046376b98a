using System.Linq;
using Reconcile.Text;

namespace Reconcile.Tests.Text;

public sealed class SentenceSplitterTests
{
    private static string[] Split(string text)
        => [.. SentenceSplitter.Split(text, [new TextSpan(0, text.Length)]).Select(s => s.Slice(text))];

    [Test]
    public void Split_AtFullStops() => Assert.That(Split("One thing. Another thing! A third?"), Is.EqualTo(new[] { "One thing.", "Another thing!", "A third?" }));

    [Test]
    public void Split_NotAfterAbbreviationsOrInitials()
        => Assert.That(Split("The U.S. envoy and Mr. Smith met J. Doe at 3 p.m. on Friday. Then they left."), Has.Length.EqualTo(2));

    [Test]
    public void Split_NotInsideNumbers() => Assert.That(Split("It grew 2.5 percent. Then fell."), Has.Length.EqualTo(2));

    [Test]
    public void Split_NotBeforeLowerCase() => Assert.That(Split("Programs ... and gain experience."), Has.Length.EqualTo(1));

    [Test]
    public void Split_KeepsClosingQuotes() => Assert.That(Split("He said \"no.\" She agreed."), Is.EqualTo(new[] { "He said \"no.\"", "She agreed." }));

    // Found with the hostile inputs (Reliability/HostileInputTests.cs): a 1 MB line of figures with no full stop was
    // one sentence, and each of its 27,000 claims re-read the whole sentence for its context (491 s).
    [Test]
    public void Split_OverlongRun_IsCutAtWhiteSpace_IntoBoundedSentences()
    {
        string text = string.Concat(Enumerable.Repeat("more than 11,000 troops since 2009, ", 300));
        TextSpan[] sentences = [.. SentenceSplitter.Split(text, [new TextSpan(0, text.Length)])];
        using (Assert.EnterMultipleScope())
        {
            Assert.That(sentences, Has.Length.GreaterThan(10));
            Assert.That(sentences.Select(s => s.Length), Is.All.LessThanOrEqualTo(SentenceSplitter.MaxSentenceLength));
            Assert.That(sentences.Skip(1).Select(s => text[s.Start - 1]), Is.All.EqualTo(' '), "cut at white space");
            Assert.That(string.Join(' ', sentences.Select(s => s.Slice(text))), Is.EqualTo(text.TrimEnd()), "nothing lost");
        }
    }

    [Test]
    public void Split_OverlongWord_IsCutWithoutSplittingASurrogatePair()
    {
        string text = string.Concat(Enumerable.Repeat("\U0001F600", SentenceSplitter.MaxSentenceLength));
        TextSpan[] sentences = [.. SentenceSplitter.Split(text, [new TextSpan(0, text.Length)])];
        Assert.That(sentences.Select(s => char.IsLowSurrogate(text[s.Start])), Is.All.False);
    }
}
