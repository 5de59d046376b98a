using System;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Reconcile.Json.Converters;

/// <summary>
/// The shape every Reconcile converter shares: it converts <typeparamref name="T"/> and, for a value type,
/// <c>T?</c>; it writes through a <see cref="JsonWriter"/> in a fixed key order and reads by loading the value
/// with line information, so every error names its line and position.
/// </summary>
/// <typeparam name="T">The converted type.</typeparam>
internal abstract class ReconcileConverter<T> : JsonConverter
    where T : notnull
{
    public override bool CanConvert(Type objectType) => objectType == typeof(T) || Nullable.GetUnderlyingType(objectType) == typeof(T);

    public override void WriteJson(JsonWriter writer, object? value, JsonSerializer serializer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value is null)
        {
            writer.WriteNull();
            return;
        }

        Write(writer, (T)value);
    }

    public override object? ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(objectType);
        JToken token = JsonFields.Load(reader);
        if (token.Type == JTokenType.Null)
        {
            return objectType.IsValueType && Nullable.GetUnderlyingType(objectType) is null
                ? throw JsonFields.Error(token, $"A {typeof(T).Name} cannot be null.")
                : null;
        }

        return Read(token);
    }

    /// <summary>Writes a non-null value.</summary>
    public abstract void Write(JsonWriter writer, T value);

    /// <summary>Reads a non-null value from loaded JSON.</summary>
    public abstract T Read(JToken token);
}
