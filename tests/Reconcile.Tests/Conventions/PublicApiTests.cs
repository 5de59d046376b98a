using System.Reflection;
using System.Threading.Tasks;
using PublicApiGenerator;

namespace Reconcile.Tests.Conventions;

/// <summary>
/// One snapshot of the public API per shipped package, so any change to it shows up as a diff in review
/// (Humanizer's and Serilog's approval tests). Accept an intended change by reviewing the .received.txt file and
/// renaming it to .verified.txt.
/// </summary>
/// <remarks>TODO: add Reconcile.Json and Reconcile.Cli once their branch is merged; this branch cannot reference
/// those projects yet.</remarks>
public sealed class PublicApiTests
{
    [Test]
    public Task Reconcile() => Verify(Render(typeof(Reconciler).Assembly));

    [Test]
    public Task Reconcile_Extensions_DependencyInjection() => Verify(Render(typeof(ReconcileServiceCollectionExtensions).Assembly));

    private static string Render(Assembly assembly) => assembly.GeneratePublicApi();
}
