using System;
using System.Linq;

namespace Reconcile.Tests.Extraction;

public sealed class MemberListExtractorTests
{
    private static Claim[] Claims(string text, ReconcilerOptions? options = null)
    {
        var builder = new ReconcilerBuilder();
        if (options is not null)
        {
            builder.Options.Entities = options.Entities;
        }

        return [.. builder.Build().Reconcile([new Document(new Source("a"), text)]).Claims];
    }

    [Test]
    public void Extract_MemberList_ResolvesAliases()
    {
        Claim claim = Claims("The team, comprised of the US, UK, Australia and New Zealand, said so.").Single();
        Assert.Multiple(() =>
        {
            Assert.That(claim.Value.Kind, Is.EqualTo(ClaimValueKind.Members));
            Assert.That(claim.Value.Members.Names, Is.EqualTo(new[] { "Australia", "New Zealand", "United Kingdom", "United States" }));
            Assert.That(claim.Text, Is.EqualTo("US, UK, Australia and New Zealand"));
        });
    }

    [Test]
    public void Extract_MemberLists_InDifferentSpellings_AreEqualSets()
    {
        Claim a = Claims("Its members are the United Kingdom, the United States and France.").Single();
        Claim b = Claims("The group includes Britain, France and the U.S.").Single();
        Assert.That(a.Value, Is.EqualTo(b.Value));
    }

    [Test]
    public void Extract_ListWithoutMembershipCue_IsNotAClaim()
        => Assert.That(Claims("China, Iran and North Korea are functioning as an alliance."), Is.Empty);

    [TestCase("The United States and 10 allies said the sanctions were broken.", 11)]
    [TestCase("In a report, the United States, South Korea and nine other allies said so.", 11)]
    public void Extract_NamedCountriesPlusACount_IsATotal(string text, int total)
    {
        Claim claim = Claims(text).Single();
        Assert.Multiple(() =>
        {
            Assert.That(claim.Measure, Is.EqualTo("countries"));
            Assert.That(claim.Value.Quantity.Value, Is.EqualTo(total));
        });
    }

    [Test]
    public void Extract_AmbiguousFirstName_IsNotAddedToTheCount()
        => Assert.That(Claims("Its partnership with North Korea, the United States, South Korea and nine other allies concluded.").Select(c => c.Measure), Has.None.EqualTo("countries"));

    [Test]
    public void Extract_CustomEntities_AreRecognized()
    {
        var options = new ReconcilerOptions
        {
            Entities = EntityCatalog.Empty.With([
                new Entity("Harbour Wire", EntityKind.Organization, "HW"),
                new Entity("Evening Ledger", EntityKind.Organization, "Ledger"),
                new Entity("City Post", EntityKind.Organization),
            ]),
        };
        Claim claim = Claims("The alliance includes HW, Ledger and City Post.", options).Single();
        Assert.That(claim.Value.Members.Names, Is.EqualTo(new[] { "City Post", "Evening Ledger", "Harbour Wire" }));
    }

    [Test]
    public void EntityCatalog_TryResolve_IgnoresLeadingThe()
    {
        Assert.Multiple(() =>
        {
            Assert.That(EntityCatalog.Default.TryResolve("the United Kingdom", out Entity uk), Is.True);
            Assert.That(uk.Name, Is.EqualTo("United Kingdom"));
            Assert.That(EntityCatalog.Default.TryResolve("us", out _), Is.False, "aliases are case-sensitive");
        });
    }

    [Test]
    public void MemberSet_Equality()
        => EqualityContract.Check(new MemberSet(["b", "a"]), new MemberSet(["a", "b", "a"]), new MemberSet(["a"]), default);

    [Test]
    public void Entity_EmptyAlias_Throws() => Assert.Throws<ArgumentException>(() => _ = new Entity("X", EntityKind.Other, ""));
}
