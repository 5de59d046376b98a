using System.Reflection;
using System.Threading.Tasks;
using PublicApiGenerator;

namespace Reconcile.Tests.Conventions;

/// <summary>
/// One snapshot of the public API per shipped package, so any change to it shows up as a diff in review
/// (Humanizer's and Serilog's approval tests). Accept an intended change by reviewing the .received.txt file and
/// renaming it to .verified.txt.
/// </summary>
/// <remarks>Reconcile.Cli is a tool: its surface is the command line (docs/cli.md), so its snapshot must stay free of
/// public types.</remarks>
public sealed class PublicApiTests
{
    [Test]
    public Task Reconcile() => Verify(Render(typeof(Reconciler).Assembly));

    [Test]
    public Task Reconcile_Extensions_DependencyInjection() => Verify(Render(typeof(ReconcileServiceCollectionExtensions).Assembly));

    [Test]
    public Task Reconcile_Json() => Verify(Render(typeof(Reconcile.Json.ReconcileJson).Assembly));

    [Test]
    public Task Reconcile_Cli() => Verify(Render(typeof(Reconcile.Cli.ReconcileCommand).Assembly));

    private static string Render(Assembly assembly) => assembly.GeneratePublicApi();
}
