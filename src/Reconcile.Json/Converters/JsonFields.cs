using System;
using System.Globalization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Reconcile.Json.Converters;

/// <summary>
/// Reads fields of the wire format from loaded JSON, turning every missing, mistyped or out-of-range value
/// into a <see cref="ReconcileJsonException"/> that names the JSON path, line and position.
/// </summary>
internal static class JsonFields
{
    /// <summary>Keeps line numbers for error messages and refuses duplicate keys rather than letting the last one win silently.</summary>
    private static readonly JsonLoadSettings LoadSettings = new()
    {
        LineInfoHandling = LineInfoHandling.Load,
        DuplicatePropertyNameHandling = DuplicatePropertyNameHandling.Error,
        CommentHandling = CommentHandling.Ignore,
    };

    /// <summary>Loads the value at the reader's position, with line information.</summary>
    public static JToken Load(JsonReader reader)
    {
        try
        {
            return JToken.ReadFrom(reader, LoadSettings);
        }
        catch (JsonException e)
        {
            throw Malformed(e);
        }
    }

    /// <summary>Turns a Newtonsoft reader or serializer error into a typed error with its line and position.</summary>
    public static ReconcileJsonException Malformed(JsonException exception)
    {
        (string? path, int line, int position) = exception switch
        {
            JsonReaderException r => (r.Path, r.LineNumber, r.LinePosition),
            JsonSerializationException s => (s.Path, s.LineNumber, s.LinePosition),
            _ => (null, 0, 0),
        };

        // Newtonsoft ends its messages with "Path '…', line n, position m."; the exception states those itself.
        string message = exception.Message;
        int suffix = message.LastIndexOf(" Path '", StringComparison.Ordinal);
        string problem = suffix > 0 ? message[..suffix] : message;
        // Newtonsoft counts the characters read on the line, so an error before the first one is at 0; call that 1.
        position = line > 0 ? Math.Max(position, 1) : 0;
        return new ReconcileJsonException("The JSON is malformed: " + problem, path ?? string.Empty, line, position, exception);
    }

    /// <summary>Creates an error that points at <paramref name="token"/>.</summary>
    public static ReconcileJsonException Error(JToken token, string problem, Exception? innerException = null)
    {
        IJsonLineInfo info = token;
        return info.HasLineInfo()
            ? new ReconcileJsonException(problem, token.Path, info.LineNumber, info.LinePosition, innerException)
            : new ReconcileJsonException(problem, token.Path, 0, 0, innerException);
    }

    /// <summary>Requires <paramref name="token"/> to be an object.</summary>
    public static JObject Object(JToken token, string what)
        => token as JObject ?? throw Error(token, $"Expected {what} as a JSON object, found {Describe(token)}.");

    /// <summary>Requires <paramref name="token"/> to be an array.</summary>
    public static JArray Array(JToken token, string what)
        => token as JArray ?? throw Error(token, $"Expected {what} as a JSON array, found {Describe(token)}.");

    /// <summary>Gets a field that must be present (it may be <see langword="null"/>).</summary>
    public static JToken Required(JObject owner, string name)
        => owner.TryGetValue(name, StringComparison.Ordinal, out JToken? value) && value is not null
            ? value
            : throw Error(owner, $"The field '{name}' is missing.");

    /// <summary>Gets a field that may be absent; absent and <see langword="null"/> both give <see langword="null"/>.</summary>
    public static JToken? Optional(JObject owner, string name)
        => owner.TryGetValue(name, StringComparison.Ordinal, out JToken? value) && value is not null && value.Type != JTokenType.Null
            ? value
            : null;

    /// <summary>Gets a required array field.</summary>
    public static JArray RequiredArray(JObject owner, string name) => Array(Required(owner, name), $"'{name}'");

    /// <summary>Gets a required, non-null string field.</summary>
    public static string RequiredString(JObject owner, string name) => String(Required(owner, name), name);

    /// <summary>Gets an optional string field: absent or <see langword="null"/> gives <see langword="null"/>.</summary>
    public static string? OptionalString(JObject owner, string name) => Optional(owner, name) is { } value ? String(value, name) : null;

    /// <summary>Requires <paramref name="token"/> to be a string.</summary>
    public static string String(JToken token, string name)
    {
        if (token.Type == JTokenType.String)
        {
            return (string)token!;
        }

        throw Error(token, $"Expected '{name}' to be a string, found {Describe(token)}.");
    }

    /// <summary>Gets a required offset or count: an integer from 0 to <see cref="int.MaxValue"/>.</summary>
    public static int RequiredOffset(JObject owner, string name)
    {
        JToken token = Required(owner, name);
        if (token.Type == JTokenType.Integer && token is JValue { Value: long value } && value is >= 0 and <= int.MaxValue)
        {
            return (int)value;
        }

        throw Error(token, $"Expected '{name}' to be a whole number from 0 to {int.MaxValue.ToString(CultureInfo.InvariantCulture)}, found {Describe(token)}.");
    }

    /// <summary>Gets a required finite number.</summary>
    public static double RequiredNumber(JObject owner, string name) => Number(Required(owner, name), name);

    /// <summary>Requires <paramref name="token"/> to be a finite number.</summary>
    public static double Number(JToken token, string name)
    {
        if (token.Type is JTokenType.Integer or JTokenType.Float)
        {
            double value = (double)token;
            if (double.IsFinite(value))
            {
                return value;
            }
        }

        throw Error(token, $"Expected '{name}' to be a finite number, found {Describe(token)}.");
    }

    /// <summary>Gets a required Boolean field.</summary>
    public static bool RequiredBoolean(JObject owner, string name)
    {
        JToken token = Required(owner, name);
        return token.Type == JTokenType.Boolean
            ? (bool)token
            : throw Error(token, $"Expected '{name}' to be true or false, found {Describe(token)}.");
    }

    /// <summary>Writes a number: whole values without a fraction (11000, not 11000.0), others in their shortest round-trip form.</summary>
    public static void WriteNumber(JsonWriter writer, double value)
    {
        // 2^53: every whole double below it is exactly a long, so the conversion loses nothing.
        if (value == Math.Floor(value) && Math.Abs(value) < 9007199254740992d)
        {
            writer.WriteValue((long)value);
        }
        else
        {
            writer.WriteValue(value);
        }
    }

    private static string Describe(JToken token) => token.Type switch
    {
        JTokenType.Null => "null",
        JTokenType.Object => "an object",
        JTokenType.Array => "an array",
        JTokenType.String => "a string",
        JTokenType.Integer or JTokenType.Float => "the number " + token.ToString(Formatting.None),
        JTokenType.Boolean => "a Boolean",
        _ => token.Type.ToString().ToLowerInvariant(),
    };
}
