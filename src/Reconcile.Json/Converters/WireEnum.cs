using System;
using System.Collections.Frozen;
using System.Linq;
using Newtonsoft.Json.Linq;

namespace Reconcile.Json.Converters;

/// <summary>
/// The wire names of one enum: a fixed snake_case name per member, independent of the member's C# name, so
/// renaming a member never changes the format.
/// </summary>
/// <typeparam name="T">The enum.</typeparam>
internal sealed class WireEnum<T>
    where T : struct, Enum
{
    private readonly FrozenDictionary<T, string> _names;
    private readonly FrozenDictionary<string, T> _values;

    public WireEnum(params (T Value, string Name)[] members)
    {
        _names = members.ToFrozenDictionary(m => m.Value, m => m.Name);
        _values = members.ToFrozenDictionary(m => m.Name, m => m.Value, StringComparer.Ordinal);
        if (_names.Count != Enum.GetValues<T>().Length || _values.Count != members.Length)
        {
            throw new InvalidOperationException($"Every {typeof(T).Name} member needs exactly one distinct wire name.");
        }

        Expected = string.Join(", ", members.Select(m => "\"" + m.Name + "\""));
    }

    /// <summary>Gets the accepted names, quoted and comma-separated, for error messages.</summary>
    public string Expected { get; }

    /// <summary>Gets the wire name of <paramref name="value"/>.</summary>
    public string Name(T value)
        => _names.TryGetValue(value, out string? name)
            ? name
            : throw new ArgumentOutOfRangeException(nameof(value), value, $"{typeof(T).Name} has no member {value}.");

    /// <summary>Reads a wire name from a field of <paramref name="owner"/>.</summary>
    public T Read(JObject owner, string field)
    {
        JToken token = JsonFields.Required(owner, field);
        string name = JsonFields.String(token, field);
        return _values.TryGetValue(name, out T value)
            ? value
            : throw JsonFields.Error(token, $"'{name}' is not a valid '{field}'; expected one of {Expected}.");
    }
}
