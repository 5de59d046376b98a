using System;
using System.Linq;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Reconcile.Pipeline;

namespace Reconcile.Tests.DependencyInjection;

public sealed class AddReconcileTests
{
    private static readonly ServiceProviderOptions Strict = new() { ValidateOnBuild = true, ValidateScopes = true };

    private static Document[] CasualtyReports() =>
    [
        Document.Parse("clinic", "title: Clinic update\n\nDoctors at the field clinic gave an update on Monday.\nThe count stood at casualties: 12 by noon.\n"),
        Document.Parse("ministry", "title: Ministry statement\n\nThe ministry gave its own figure on Monday.\nIt put the count at casualties: 15 by noon.\n"),
    ];

    [Test]
    public void Resolves_one_reconciler_that_reports_the_samples_as_Default_does()
    {
        using ServiceProvider provider = new ServiceCollection().AddReconcile().BuildServiceProvider(Strict);

        Reconciler reconciler = provider.GetRequiredService<Reconciler>();
        Document[] samples = Samples.Load();

        Assert.Multiple(() =>
        {
            Assert.That(provider.GetRequiredService<Reconciler>(), Is.SameAs(reconciler));
            Assert.That(reconciler, Is.Not.SameAs(Reconciler.Default));
            Assert.That(reconciler.Reconcile(samples).ToString(), Is.EqualTo(Reconciler.Default.Reconcile(samples).ToString()));
        });
    }

    [Test]
    public void Configure_runs_once_and_shapes_the_reconciler()
    {
        int calls = 0;
        using ServiceProvider provider = new ServiceCollection()
            .AddReconcile(builder =>
            {
                calls++;
                builder.ClearExtractors().AddExtractor(new CasualtyLineExtractor());
            })
            .BuildServiceProvider(Strict);

        Assert.That(calls, Is.Zero, "configure runs when the reconciler is first resolved, not before");
        ReconciliationReport report = provider.GetRequiredService<Reconciler>().Reconcile([.. CasualtyReports(), .. Samples.Load()]);
        _ = provider.GetRequiredService<Reconciler>();

        Assert.Multiple(() =>
        {
            Assert.That(calls, Is.EqualTo(1));
            Assert.That(report.Claims.Select(c => c.Measure), Is.EqualTo(new[] { "casualties", "casualties" }), "the built-in extractor was cleared");
        });
    }

    [Test]
    public void Extractors_registered_in_the_container_run_after_the_built_in_one_in_registration_order()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IClaimExtractor>(new CasualtyLineExtractor("casualties (first)"));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IClaimExtractor, CasualtyLineExtractor>());
        services.AddReconcile();
        using ServiceProvider provider = services.BuildServiceProvider(Strict);

        ReconciliationReport report = provider.GetRequiredService<Reconciler>().Reconcile([.. CasualtyReports(), .. Samples.Load()]);

        // Both test extractors read the same words; where claims overlap, the one added first keeps them.
        Claim[] casualties = [.. report.Claims.Where(c => c.Measure.StartsWith("casualties", StringComparison.Ordinal))];
        Assert.Multiple(() =>
        {
            Assert.That(casualties.Select(c => c.Measure), Is.EqualTo(new[] { "casualties (first)", "casualties (first)" }));
            Assert.That(casualties.Select(c => c.Text), Is.EqualTo(new[] { "casualties: 12", "casualties: 15" }));
            Assert.That(casualties.Select(c => c.Value.Quantity.Value), Is.EqualTo(new[] { 12.0, 15.0 }));
            Assert.That(report.Claims.Any(c => c.Measure.Contains("troops", StringComparison.Ordinal)), Is.True, "the built-in extractor still runs");
        });
    }

    [Test]
    public void A_stage_registered_in_the_container_replaces_the_default()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IDocumentCleaner, EmptyCleaner>();
        services.AddReconcile();
        using ServiceProvider provider = services.BuildServiceProvider(Strict);

        ReconciliationReport report = provider.GetRequiredService<Reconciler>().Reconcile(Samples.Load());

        Assert.Multiple(() =>
        {
            Assert.That(report.Sources, Has.Count.EqualTo(5));
            Assert.That(report.Claims, Is.Empty);
        });
    }

    [Test]
    public void A_reconciler_the_host_registered_first_wins()
    {
        Reconciler hosts = new ReconcilerBuilder { Options = { GroupingThreshold = 0.5 } }.Build();
        bool configured = false;
        var services = new ServiceCollection();
        services.AddSingleton(hosts);
        services.AddReconcile(_ => configured = true);
        using ServiceProvider provider = services.BuildServiceProvider(Strict);

        Assert.Multiple(() =>
        {
            Assert.That(provider.GetRequiredService<Reconciler>(), Is.SameAs(hosts));
            Assert.That(services.Count(d => d.ServiceType == typeof(Reconciler)), Is.EqualTo(1));
            Assert.That(configured, Is.False);
        });
    }

    [Test]
    public void Invalid_options_fail_at_first_resolution_with_one_exception_listing_every_problem()
    {
        using ServiceProvider provider = new ServiceCollection()
            .AddReconcile(builder =>
            {
                builder.Options.GroupingThreshold = 0;
                builder.Options.MaxDegreeOfParallelism = 0;
            })
            .BuildServiceProvider(Strict);

        var exception = Assert.Throws<ReconcilerConfigurationException>(() => provider.GetRequiredService<Reconciler>());

        Assert.That(exception!.Problems, Has.Count.EqualTo(2));
        Assert.Multiple(() =>
        {
            Assert.That(exception.Problems[0], Does.StartWith("GroupingThreshold "));
            Assert.That(exception.Problems[1], Does.StartWith("MaxDegreeOfParallelism "));
        });
    }

    [Test]
    public void ValidateReconcile_reports_invalid_options_at_startup()
    {
        using ServiceProvider provider = new ServiceCollection()
            .AddReconcile(builder => builder.Options.GroupingThreshold = 2)
            .BuildServiceProvider(Strict);

        var exception = Assert.Throws<ReconcilerConfigurationException>(provider.ValidateReconcile);

        Assert.That(exception!.Problems, Has.Count.EqualTo(1));
    }

    [Test]
    public void ValidateReconcile_passes_for_valid_options_and_builds_the_singleton_once()
    {
        int calls = 0;
        using ServiceProvider provider = new ServiceCollection().AddReconcile(_ => calls++).BuildServiceProvider(Strict);

        provider.ValidateReconcile();
        _ = provider.GetRequiredService<Reconciler>();

        Assert.That(calls, Is.EqualTo(1));
    }

    [Test]
    public void A_scoped_extractor_is_rejected_rather_than_captured_by_the_singleton()
    {
        var services = new ServiceCollection();
        services.AddScoped<IClaimExtractor, CasualtyLineExtractor>();
        services.AddReconcile();
        using ServiceProvider provider = services.BuildServiceProvider(Strict);

        Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<Reconciler>());
    }
}
