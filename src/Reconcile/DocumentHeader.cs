using System;
using System.Globalization;

namespace Reconcile;

/// <summary>Reads the optional <c>key: value</c> header at the top of an article file.</summary>
internal static class DocumentHeader
{
    /// <summary>Reads the header, if any, into <paramref name="source"/> and returns where the body starts.</summary>
    public static int Read(string text, ref Source source)
    {
        int position = 0;
        int lineNumber = 0;
        bool sawField = false;
        while (position < text.Length)
        {
            lineNumber++;
            int lineEnd = text.IndexOf('\n', position);
            int next = lineEnd < 0 ? text.Length : lineEnd + 1;
            ReadOnlySpan<char> line = text.AsSpan(position, (lineEnd < 0 ? text.Length : lineEnd) - position).TrimEnd('\r');
            if (line.IsWhiteSpace())
            {
                // A blank line ends a header; a file that starts blank has none.
                return sawField ? next : 0;
            }

            int colon = line.IndexOf(':');
            if (colon <= 0 || !TryField(line[..colon], out HeaderField field))
            {
                return sawField ? position : 0;
            }

            ReadOnlySpan<char> raw = line[(colon + 1)..];
            string value = raw.Trim().ToString();
            int valueColumn = colon + 2 + (raw.Length - raw.TrimStart().Length);
            source = Apply(source, field, value, lineNumber, valueColumn);
            sawField = true;
            position = next;
        }

        return sawField ? text.Length : 0;
    }

    private static Source Apply(Source source, HeaderField field, string value, int line, int column)
    {
        string? nonEmpty = value.Length == 0 ? null : value;
        switch (field)
        {
            case HeaderField.Title:
                return source with { Title = nonEmpty };
            case HeaderField.Outlet:
                return source with { Outlet = nonEmpty };
            case HeaderField.Url:
                return source with { Url = nonEmpty };
            default:
                if (nonEmpty is null)
                {
                    return source;
                }

                if (!DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly published))
                {
                    throw new DocumentFormatException(source.Id, line, column, $"'published:' must be an ISO date (yyyy-MM-dd), not '{value}'.");
                }

                return source with { Published = published };
        }
    }

    private static bool TryField(ReadOnlySpan<char> key, out HeaderField field)
    {
        key = key.Trim();
        if (key.Equals("title", StringComparison.OrdinalIgnoreCase))
        {
            field = HeaderField.Title;
        }
        else if (key.Equals("outlet", StringComparison.OrdinalIgnoreCase))
        {
            field = HeaderField.Outlet;
        }
        else if (key.Equals("published", StringComparison.OrdinalIgnoreCase))
        {
            field = HeaderField.Published;
        }
        else if (key.Equals("url", StringComparison.OrdinalIgnoreCase))
        {
            field = HeaderField.Url;
        }
        else
        {
            field = default;
            return false;
        }

        return true;
    }

    private enum HeaderField
    {
        Title,
        Outlet,
        Published,
        Url,
    }
}
