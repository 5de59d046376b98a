using System;
using System.Collections.Generic;
using System.Buffers;
using Reconcile.Text;

namespace Reconcile;

/// <summary>
/// Finds the figures and dates in news English, with their hedges, units and periods, without the rest of the
/// pipeline: "more than 11,000 troops", "as many as 9 million", "$3bn", "between 252 and 287", "since 2009",
/// "the 1990s", "on Thursday". This is the reader the built-in extractor uses.
/// </summary>
/// <remarks>
/// <para>The text is scanned once, from trigger to trigger (digits, currency signs, number words, month and
/// weekday names, …); only a few words around each trigger are read, so time is linear in the text and
/// allocation is proportional to what is found.</para>
/// <para>Digits inside a date or a time of day are never reported as counts, and neither are ordinals ("22nd"),
/// identifiers ("Resolution 2397", "F-16") or years standing alone. Times of day ("1:39 p.m.", "midnight") are
/// recognized but not returned: the domain has no time-of-day value. Relative dates ("on Thursday", "last
/// year", "in October") resolve to the most recent such day or period on or before <c>published</c>; without a
/// publication date they cannot be placed on the calendar and are not returned.</para>
/// <threadsafety>All members are thread-safe: a call shares no state with any other.</threadsafety>
/// </remarks>
public static class Recognizer
{
    /// <summary>Finds the figures and dates in a text.</summary>
    /// <param name="text">The text: a sentence, an article or a whole feed.</param>
    /// <param name="published">The publication date that relative dates resolve against, or <see langword="null"/>.</param>
    /// <returns>What was found, in text order, spans into <paramref name="text"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public static IReadOnlyList<Recognition> Recognize(string text, DateOnly? published = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sink = new RecognitionSink();
        try
        {
            new Scanner().Scan(text, new TextSpan(0, text.Length), published, resolvePast: true, ref sink);
            return sink.ToArray();
        }
        finally
        {
            sink.Return();
        }
    }

    private static bool TryGetValue(in Mention mention, out ClaimValue value)
    {
        switch (mention.Kind)
        {
            case MentionKind.Quantity:
                value = ClaimValue.FromQuantity(mention.Quantity);
                return true;
            case MentionKind.Date when mention.Date.Resolved:
                DatePhrase date = mention.Date;
                value = date.Role switch
                {
                    DateRole.Point => ClaimValue.FromDate(date.Start),
                    DateRole.Since => ClaimValue.FromDateRange(DateRange.Since(date.Start)),
                    DateRole.Until => ClaimValue.FromDateRange(new DateRange(null, date.Start)),
                    _ => ClaimValue.FromDateRange(new DateRange(date.Start, date.End)),
                };
                return true;
            default:
                value = default;
                return false;
        }
    }

    /// <summary>
    /// Turns each find into a <see cref="Recognition"/> as it comes, in a buffer rented from the shared array pool,
    /// so that the only allocation that stays is the exact-sized result.
    /// </summary>
    private struct RecognitionSink : IMentionSink
    {
        private Recognition[]? _buffer;
        private int _count;

        public void Add(in Mention mention)
        {
            if (!TryGetValue(mention, out ClaimValue value))
            {
                return;
            }

            if (_buffer is null || _count == _buffer.Length)
            {
                Recognition[] larger = ArrayPool<Recognition>.Shared.Rent(_buffer is null ? 16 : _buffer.Length * 2);
                if (_buffer is not null)
                {
                    _buffer.AsSpan(0, _count).CopyTo(larger);
                    ArrayPool<Recognition>.Shared.Return(_buffer, clearArray: true);
                }

                _buffer = larger;
            }

            _buffer[_count++] = new Recognition(mention.Span, value);
        }

        public readonly Recognition[] ToArray() => _count == 0 ? [] : _buffer.AsSpan(0, _count).ToArray();

        public void Return()
        {
            if (_buffer is not null)
            {
                ArrayPool<Recognition>.Shared.Return(_buffer, clearArray: true);
                _buffer = null;
            }
        }
    }
}
