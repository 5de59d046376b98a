using System.Globalization;

namespace Reconcile.Tests;

/// <summary>Runs every test under Turkish culture, whose casing and number formats break culture-sensitive code.</summary>
[SetUpFixture]
public sealed class CultureSetUp
{
    private CultureInfo? _culture;
    private CultureInfo? _uiCulture;

    [OneTimeSetUp]
    public void UseTurkish()
    {
        _culture = CultureInfo.CurrentCulture;
        _uiCulture = CultureInfo.CurrentUICulture;
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.CurrentCulture = new CultureInfo("tr-TR");
        CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.CurrentUICulture = new CultureInfo("tr-TR");
    }

    [OneTimeTearDown]
    public void Restore()
    {
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.CurrentCulture = _culture!;
        CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.CurrentUICulture = _uiCulture!;
    }
}
