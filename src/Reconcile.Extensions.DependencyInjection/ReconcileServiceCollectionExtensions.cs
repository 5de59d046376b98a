using System;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Reconcile.Pipeline;

namespace Reconcile;

/// <summary>Registers Reconcile in a <see cref="IServiceCollection"/>.</summary>
public static class ReconcileServiceCollectionExtensions
{
    /// <summary>
    /// Registers a singleton <see cref="Reconciler"/>, built once, when it is first resolved, from a
    /// <see cref="ReconcilerBuilder"/>: the same builder plain code uses.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options and stages on the builder; runs once, when the reconciler is first resolved.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is <see langword="null"/>.</exception>
    /// <remarks>
    /// <para>The reconciler is built in this order:</para>
    /// <list type="number">
    /// <item><description><paramref name="configure"/> runs on a new builder.</description></item>
    /// <item><description>Every <see cref="IClaimExtractor"/> registered in the container (with <c>AddSingleton</c> or
    /// <c>TryAddEnumerable</c>) is added, in registration order. These run after the built-in extractor and after
    /// those <paramref name="configure"/> adds; <see cref="ReconcilerBuilder.ClearExtractors"/> in
    /// <paramref name="configure"/> removes the built-in extractor, not these.</description></item>
    /// <item><description>An <see cref="IDocumentCleaner"/>, <see cref="IClaimGrouper"/> or <see cref="IClaimComparer"/>
    /// registered in the container replaces that stage, even one set in <paramref name="configure"/>. When several are
    /// registered, the last one wins, as usual in the container.</description></item>
    /// <item><description><see cref="ReconcilerBuilder.Build"/> validates the options.</description></item>
    /// </list>
    /// <para>The registration uses <c>TryAdd</c>: when the host has already registered a <see cref="Reconciler"/>, the
    /// host's wins and <paramref name="configure"/> never runs. Calling this method again keeps the first registration.</para>
    /// <para>Invalid options throw one <see cref="ReconcilerConfigurationException"/> listing every problem, at the
    /// reconciler's first resolution: neither this method nor <c>BuildServiceProvider</c> (even with
    /// <c>ValidateOnBuild</c>) runs the factory. To fail at startup instead, call
    /// <see cref="ReconcileServiceProviderExtensions.ValidateReconcile"/> once the provider is built.</para>
    /// <para>The reconciler is a singleton, so its stages are resolved from the root provider: register them as
    /// singletons. A scoped stage would be held for the life of the application; a provider built with
    /// <c>ValidateScopes</c> rejects it.</para>
    /// </remarks>
    /// <example>
    /// <code>
    /// services.TryAddEnumerable(ServiceDescriptor.Singleton&lt;IClaimExtractor, CasualtyExtractor&gt;());
    /// services.AddReconcile(builder => builder.Options.GroupingThreshold = 0.3);
    /// </code>
    /// </example>
    public static IServiceCollection AddReconcile(this IServiceCollection services, Action<ReconcilerBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(provider => Build(provider, configure));
        return services;
    }

    private static Reconciler Build(IServiceProvider provider, Action<ReconcilerBuilder>? configure)
    {
        var builder = new ReconcilerBuilder();
        configure?.Invoke(builder);
        foreach (IClaimExtractor extractor in provider.GetServices<IClaimExtractor>())
        {
            builder.AddExtractor(extractor);
        }

        if (provider.GetService<IDocumentCleaner>() is { } cleaner)
        {
            builder.UseCleaner(cleaner);
        }

        if (provider.GetService<IClaimGrouper>() is { } grouper)
        {
            builder.UseGrouper(grouper);
        }

        if (provider.GetService<IClaimComparer>() is { } comparer)
        {
            builder.UseComparer(comparer);
        }

        return builder.Build();
    }
}
