using Reconcile.Grouping;

namespace Reconcile.Tests.Grouping;

public sealed class GroupLabelsTests
{
    private static Claim Dated(string source, string measure)
        => new(new Source(source), new TextSpan(0, 7), "in 2006", measure, ClaimValue.FromDate(new DateValue(2006)));

    [Test]
    public void For_Dates_PrefersTheWordingTheSourcesShare()
    {
        Claim[] claims =
        [
            Dated("a", "board plant on the edge of Brookvale learned"),
            Dated("b", "North Korea's first nuclear test explosion"),
            Dated("c", "its first nuclear test"),
        ];
        Assert.That(GroupLabels.For(claims), Is.EqualTo("when: North Korea's first nuclear test explosion"));
    }

    [Test]
    public void For_MostUsedMeasure_Wins()
    {
        Claim[] claims = [Dated("a", "the dam was built"), Dated("b", "the dam was built"), Dated("c", "the Kell dam was completed")];
        Assert.That(GroupLabels.For(claims), Is.EqualTo("when: the dam was built"));
    }
}
