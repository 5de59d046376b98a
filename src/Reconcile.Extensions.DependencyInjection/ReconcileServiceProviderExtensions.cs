using System;
using Microsoft.Extensions.DependencyInjection;

namespace Reconcile;

/// <summary>Checks a Reconcile registration in a built <see cref="IServiceProvider"/>.</summary>
public static class ReconcileServiceProviderExtensions
{
    /// <summary>
    /// Builds the registered <see cref="Reconciler"/> now, so invalid options fail at startup rather than at the
    /// first request. A host without a startup hook, such as a console app or a test, calls this right after
    /// <c>BuildServiceProvider</c>.
    /// </summary>
    /// <param name="provider">The built service provider.</param>
    /// <exception cref="ArgumentNullException"><paramref name="provider"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">No <see cref="Reconciler"/> is registered.</exception>
    /// <exception cref="ReconcilerConfigurationException">The options set in
    /// <see cref="ReconcileServiceCollectionExtensions.AddReconcile"/> are invalid; every problem is listed.</exception>
    /// <example>
    /// <code>
    /// using ServiceProvider provider = services.AddReconcile(configure).BuildServiceProvider();
    /// provider.ValidateReconcile();
    /// </code>
    /// </example>
    public static void ValidateReconcile(this IServiceProvider provider)
    {
        ArgumentNullException.ThrowIfNull(provider);
        _ = provider.GetRequiredService<Reconciler>();
    }
}
