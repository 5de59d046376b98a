using Reconcile.Text;

namespace Reconcile.Tests.Text;

public sealed class UnitConversionsTests
{
    private static Quantity Canonical(string text)
    {
        Assert.That(UnitConversions.TryToCanonical(Quantity.Parse(text), out Quantity canonical), Is.True, text);
        return canonical;
    }

    [Test]
    public void TryToCanonical_AFootIsTwelveInches()
        => Assert.That(Canonical("1 foot").Value, Is.EqualTo(Canonical("12 inches").Value).Within(1e-12));

    [Test]
    public void TryToCanonical_KeepsTheHedge()
    {
        Quantity q = Canonical("more than 3 miles");
        Assert.Multiple(() =>
        {
            Assert.That(q.Hedge, Is.EqualTo(Hedge.MoreThan));
            Assert.That(q.Value, Is.EqualTo(4828.032).Within(1e-9));
            Assert.That(q.Unit.Symbol, Is.EqualTo("m"));
        });
    }

    [Test]
    public void TryToCanonical_Fahrenheit_IsCelsius() => Assert.That(Canonical("212 degrees Fahrenheit").Value, Is.EqualTo(100).Within(1e-9));

    [TestCase("11,000")]
    [TestCase("$3bn")]
    [TestCase("12%")]
    public void TryToCanonical_CountsMoneyAndPercentages_HaveNone(string text)
        => Assert.That(UnitConversions.TryToCanonical(Quantity.Parse(text), out _), Is.False);
}
