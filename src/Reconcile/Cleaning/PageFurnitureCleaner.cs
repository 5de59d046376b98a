using System;
using System.Collections.Generic;
using System.Threading;
using Reconcile.Pipeline;

namespace Reconcile.Cleaning;

/// <summary>
/// Keeps the lines of a scraped page that belong to the article: drops advertisement and share lines,
/// photo captions and credits, app and comment blurbs, and stops at "Related Articles" and similar headings.
/// </summary>
internal sealed class PageFurnitureCleaner : IDocumentCleaner
{
    public IReadOnlyList<TextSpan> Clean(Document document) => Clean(document, CancellationToken.None);

    public IReadOnlyList<TextSpan> Clean(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        string text = document.Text;
        var kept = new List<TextSpan>();
        int position = document.BodyStart;
        while (position < text.Length)
        {
            cancellationToken.ThrowIfCancellationRequested();
            int lineEnd = text.IndexOf('\n', position);
            int next = lineEnd < 0 ? text.Length : lineEnd + 1;
            int end = lineEnd < 0 ? text.Length : lineEnd;
            int start = position;
            while (start < end && char.IsWhiteSpace(text[start]))
            {
                start++;
            }

            while (end > start && char.IsWhiteSpace(text[end - 1]))
            {
                end--;
            }

            position = next;
            if (end == start)
            {
                continue;
            }

            ReadOnlySpan<char> line = text.AsSpan(start, end - start);
            ReadOnlySpan<char> key = line.TrimEnd(":.…").Trim();
            if (FurnitureLines.EndOfArticle.Contains(key))
            {
                break;
            }

            if (FurnitureLines.Drop.Contains(key) || StartsWithAny(line, FurnitureLines.DropPrefixes) || IsCaption(line, document.Source.Outlet))
            {
                continue;
            }

            kept.Add(TextSpan.FromBounds(start, end));
        }

        return kept;
    }

    private static bool IsCaption(ReadOnlySpan<char> line, string? outlet)
    {
        foreach (string marker in FurnitureLines.CaptionMarkers)
        {
            if (line.Contains(marker, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        // A credit in a closing parenthesis: "… Pyongyang (AP/Jon Chol Jin)".
        if (line.Length > 0 && line[^1] == ')')
        {
            int open = line.LastIndexOf('(');
            if (open >= 0)
            {
                ReadOnlySpan<char> credit = line[(open + 1)..^1];

                // A picture credited to the outlet itself: "Candles outside the station. (Evening Star)" in the
                // Kessel Evening Star.
                ReadOnlySpan<char> own = credit.Trim();
                if (own.Length >= 3 && outlet is not null && outlet.AsSpan().Contains(own, StringComparison.OrdinalIgnoreCase) && open > 0 && line[..open].TrimEnd().EndsWith('.'))
                {
                    return true;
                }
                foreach (string marker in FurnitureLines.CreditMarkers)
                {
                    int at = credit.IndexOf(marker, StringComparison.OrdinalIgnoreCase);
                    if (at >= 0 && IsWholeWord(credit, at, marker.Length))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    private static bool IsWholeWord(ReadOnlySpan<char> text, int at, int length)
    {
        bool before = at == 0 || !char.IsLetter(text[at - 1]) || !char.IsLetter(text[at]);
        int end = at + length;
        bool after = end >= text.Length || !char.IsLetter(text[end]) || !char.IsLetter(text[end - 1]);
        return before && after;
    }

    private static bool StartsWithAny(ReadOnlySpan<char> line, string[] prefixes)
    {
        foreach (string prefix in prefixes)
        {
            if (line.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
