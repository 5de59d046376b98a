using System;
using System.Globalization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Reconcile.Json.Converters;

/// <summary>
/// Converts a <see cref="Source"/> as <c>{"id", "title", "outlet", "published", "url", "path"}</c>; every key is
/// written, absent details as <see langword="null"/>, and <c>published</c> as <c>yyyy-MM-dd</c>.
/// </summary>
internal sealed class SourceConverter : ReconcileConverter<Source>
{
    public override void Write(JsonWriter writer, Source value)
    {
        writer.WriteStartObject();
        WriteDetails(writer, value);
        writer.WritePropertyName("path");
        writer.WriteValue(value.Path);
        writer.WriteEndObject();
    }

    public override Source Read(JToken token)
    {
        JObject source = JsonFields.Object(token, "a source");
        return ReadDetails(source) with { Path = JsonFields.OptionalString(source, "path") };
    }

    /// <summary>Writes <c>id</c>, <c>title</c>, <c>outlet</c>, <c>published</c> and <c>url</c> into the current object.</summary>
    public static void WriteDetails(JsonWriter writer, Source value)
    {
        writer.WritePropertyName("id");
        writer.WriteValue(value.Id);
        writer.WritePropertyName("title");
        writer.WriteValue(value.Title);
        writer.WritePropertyName("outlet");
        writer.WriteValue(value.Outlet);
        writer.WritePropertyName("published");
        writer.WriteValue(value.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        writer.WritePropertyName("url");
        writer.WriteValue(value.Url);
    }

    /// <summary>Reads <c>id</c> (required) and the optional <c>title</c>, <c>outlet</c>, <c>published</c> and <c>url</c>.</summary>
    public static Source ReadDetails(JObject owner)
    {
        JToken idToken = JsonFields.Required(owner, "id");
        string id = JsonFields.String(idToken, "id");
        Source source;
        try
        {
            source = new Source(id);
        }
        catch (ArgumentException e)
        {
            throw JsonFields.Error(idToken, $"'{id}' is not a valid source id: it must be non-empty and not padded with white space.", e);
        }

        DateOnly? published = null;
        if (JsonFields.Optional(owner, "published") is { } token)
        {
            string text = JsonFields.String(token, "published");
            published = DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly date)
                ? date
                : throw JsonFields.Error(token, $"'published' must be an ISO date (yyyy-MM-dd), not '{text}'.");
        }

        return source with
        {
            Title = JsonFields.OptionalString(owner, "title"),
            Outlet = JsonFields.OptionalString(owner, "outlet"),
            Published = published,
            Url = JsonFields.OptionalString(owner, "url"),
        };
    }
}
