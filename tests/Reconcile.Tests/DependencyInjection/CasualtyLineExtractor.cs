using System;
using System.Collections.Generic;
using System.Globalization;
using Reconcile.Pipeline;

namespace Reconcile.Tests.DependencyInjection;

/// <summary>A small real extractor: reads "casualties: N" in a sentence as an exact count of casualties.</summary>
internal sealed class CasualtyLineExtractor : IClaimExtractor
{
    private const string Marker = "casualties:";

    public CasualtyLineExtractor()
        : this("casualties")
    {
    }

    public CasualtyLineExtractor(string measure) => Measure = measure;

    public string Measure { get; }

    public IEnumerable<Claim> Extract(Document document, IReadOnlyList<TextSpan> sentences)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(sentences);
        var claims = new List<Claim>();
        foreach (TextSpan sentence in sentences)
        {
            ReadOnlySpan<char> text = document.Text.AsSpan(sentence.Start, sentence.Length);
            int at = text.IndexOf(Marker, StringComparison.OrdinalIgnoreCase);
            if (at < 0)
            {
                continue;
            }

            int digits = at + Marker.Length;
            while (digits < text.Length && text[digits] == ' ')
            {
                digits++;
            }

            int end = digits;
            while (end < text.Length && char.IsAsciiDigit(text[end]))
            {
                end++;
            }

            if (end == digits || !int.TryParse(text[digits..end], NumberStyles.None, CultureInfo.InvariantCulture, out int count))
            {
                continue;
            }

            var span = new TextSpan(sentence.Start + at, end - at);
            var value = ClaimValue.FromQuantity(new Quantity(count, Hedge.None, Unit.Count));
            claims.Add(new Claim(document.Source, span, span.Slice(document.Text), Measure, value, sentence: sentence));
        }

        return claims;
    }
}
