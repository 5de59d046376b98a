using System.Linq;

namespace Reconcile.Tests.Extraction;

/// <summary>Who a sentence credits with its figures (<see cref="Claim.Attribution"/>).</summary>
public sealed class AttributionsTests
{
    private static Claim[] Claims(string text)
        => [.. Reconciler.Default.Reconcile([new Document(new Source("a"), text)]).Claims];

    [TestCase("Police said 12,000 people joined the march.", "Police")]
    [TestCase("About 15,000 people took part, according to police.", "police")]
    [TestCase("At least 23 people died, coast guard officials said on Thursday.", "coast guard officials")]
    [TestCase("The ferry carried 312 people, the interior ministry said.", "interior ministry")]
    [TestCase("The ship carried 312 people, said the envoy.", "envoy")]
    [TestCase("Deliveries included at least 100 missiles, citing an unnamed member state.", "unnamed member state")]
    [TestCase("One member state, not named in the report, said 9 million rounds were sent.", "member state")]
    [TestCase("The network-switch maker said it will cut 1,800 jobs.", "network-switch maker")]
    [TestCase("About 300 jobs will go, the minister added.", "minister")]
    [TestCase("Losses could reach $8 billion, according to an early estimate by the risk firm Calder Analytics.", "risk firm Calder Analytics")]
    public void Attribution_NamesTheCreditedParty(string text, string party)
        => Assert.That(Claims(text).First().Attribution, Is.EqualTo(party));

    [TestCase("She said 12,000 people joined the march.")]
    [TestCase("Employers in Norland added 187,000 jobs in August.")]
    [TestCase("Losses could reach $8 billion, according to estimates.")]
    [TestCase("Halden booked revenue of $4.2bn, according to results released alongside the announcement.")]
    [TestCase("The number of people confirmed dead rose to 27.")]
    [TestCase("Waves of up to 3 metres were reported in the area.")]
    [TestCase("The 29-page report — compiled by the team — said the evidence it gathered showed 11,000 troops.")]
    [TestCase("North Korea sent 11,000 troops.")]
    [TestCase("Police detained 12 people and, it said, five officers were injured.")]
    public void Attribution_IsNullWhenNobodyIsNamed(string text)
        => Assert.That(Claims(text).Select(c => c.Attribution), Is.All.Null);

    [Test]
    public void Attribution_IsTheNearestPartyInTheClause()
    {
        Claim[] claims = Claims("Police said 12,000 people joined the march on Saturday, while organisers said 50,000 had marched.");
        Assert.That(claims.Select(c => (c.Text, c.Attribution)), Is.EqualTo(new[] { ("12,000 people", "Police"), ("50,000", "organisers") }));
    }
}
