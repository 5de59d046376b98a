using Reconcile.Text;

namespace Reconcile.Tests.Text;

public sealed class MeasureWordsTests
{
    [TestCase("passengers", "people")]
    [TestCase("employees", "people")]
    [TestCase("staff", "workers")]
    [TestCase("residents", "people")]
    [TestCase("death toll", "people")]
    [TestCase("crowd", "people")]
    [TestCase("households", "homes")]
    [TestCase("houses", "homes")]
    [TestCase("soldiers", "troops")]
    [TestCase("member states", "countries")]
    public void Head_WordsForOneKindOfThing_ShareTheirHead(string measure, string other)
        => Assert.That(MeasureWords.Head(measure), Is.EqualTo(MeasureWords.Head(other)));

    [TestCase("passengers", "carriages")]
    [TestCase("homes", "people")]
    [TestCase("troops", "people")]
    public void Head_DifferentThings_KeepTheirOwnHead(string measure, string other)
        => Assert.That(MeasureWords.Head(measure), Is.Not.EqualTo(MeasureWords.Head(other)));
}
