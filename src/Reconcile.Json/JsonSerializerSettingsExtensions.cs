using System;
using Newtonsoft.Json;

namespace Reconcile.Json;

/// <summary>Configures Newtonsoft.Json settings for Reconcile's types, as NodaTime.Serialization.JsonNet does for NodaTime's.</summary>
public static class JsonSerializerSettingsExtensions
{
    /// <summary>The deepest nesting a reader accepts; Reconcile's own formats need fewer than 10 levels.</summary>
    internal const int MaxDepth = 64;

    /// <summary>
    /// Adds every converter of <see cref="ReconcileConverters"/> and makes reading safe and exact: date-like
    /// strings such as <c>"2025-05-30"</c> stay strings (<see cref="DateParseHandling.None"/>), type names in the
    /// JSON are never honoured (<see cref="TypeNameHandling.None"/>, <c>$type</c>, <c>$id</c> and <c>$ref</c> are
    /// plain data), and nesting is capped at 64 levels.
    /// </summary>
    /// <param name="settings">The settings to change.</param>
    /// <returns><paramref name="settings"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="settings"/> is <see langword="null"/>.</exception>
    /// <remarks>Calling it twice adds nothing twice. A <see cref="JsonSerializerSettings.MaxDepth"/> already below 64 is kept.</remarks>
    public static JsonSerializerSettings ConfigureForReconcile(this JsonSerializerSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        foreach (JsonConverter converter in ReconcileConverters.All)
        {
            if (!settings.Converters.Contains(converter))
            {
                settings.Converters.Add(converter);
            }
        }

        settings.DateParseHandling = DateParseHandling.None;
        settings.TypeNameHandling = TypeNameHandling.None;
        settings.MetadataPropertyHandling = MetadataPropertyHandling.Ignore;
        if (settings.MaxDepth is null or > MaxDepth)
        {
            settings.MaxDepth = MaxDepth;
        }

        return settings;
    }
}
