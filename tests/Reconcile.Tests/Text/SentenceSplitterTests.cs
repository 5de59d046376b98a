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
}
