using System.Linq;
using Reconcile.Cleaning;

namespace Reconcile.Tests.Cleaning;

public sealed class PageFurnitureCleanerTests
{
    private static string[] Kept(string text)
    {
        var document = new Document(new Source("a"), text);
        return [.. new PageFurnitureCleaner().Clean(document).Select(s => s.Slice(text))];
    }

    [Test]
    public void Clean_DropsAdvertisementAndBlurbs()
        => Assert.That(Kept("First.\nAdvertisement\nSecond.\nTry Our AI Features\nExplore what Daily8 AI can do for you:\nComments\nNo comments yet..."), Is.EqualTo(new[] { "First.", "Second." }));

    [Test]
    public void Clean_DropsPhotoCaptions()
        => Assert.That(Kept("Body one.\nThe minister arrives in Seoul (Jane Doe, Pool via AP)\nLeaders meet on Friday. File Photo by A. Person/Agency\nBody two."), Is.EqualTo(new[] { "Body one.", "Body two." }));

    [Test]
    public void Clean_StopsAtRelatedArticles()
        => Assert.That(Kept("Body.\n\nRelated Articles\n\nAnother story with 40 buses."), Is.EqualTo(new[] { "Body." }));

    [Test]
    public void Clean_KeepsDatelineWithAgencyInParentheses()
        => Assert.That(Kept("SEOUL, May 30 (UPI) -- Officials said 11,000 troops were sent."), Has.Length.EqualTo(1));

    [Test]
    public void Clean_SpansPointIntoOriginalText()
    {
        const string text = "  Leading space.  \r\nAdvertisement\r\nNext line.";
        var spans = new PageFurnitureCleaner().Clean(new Document(new Source("a"), text));
        Assert.That(spans.Select(s => s.Slice(text)), Is.EqualTo(new[] { "Leading space.", "Next line." }));
    }

    [Test]
    public void Clean_StartsAfterHeader()
    {
        Document document = Document.Parse("a", "title: Advertisement\n\nBody.");
        Assert.That(new PageFurnitureCleaner().Clean(document).Select(s => s.Slice(document.Text)), Is.EqualTo(new[] { "Body." }));
    }
    [Test]
    public void Clean_DropsCaptionCreditedToTheOutletItself()
    {
        Document document = Document.Parse("a", "outlet: Kessel Evening Star\n\nBody.\nCandles outside the station on Wednesday night. (Evening Star)\nThe mayor (Evening Star) spoke.");
        Assert.That(new PageFurnitureCleaner().Clean(document).Select(s => s.Slice(document.Text)), Is.EqualTo(new[] { "Body.", "The mayor (Evening Star) spoke." }));
    }
}
