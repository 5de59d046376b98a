using System;
using System.Collections.Generic;

namespace Reconcile.Text;

/// <summary>
/// Splits text into words, numbers, symbols and punctuation, one token at a time, recording offsets into the
/// document text. Reading is forward-only and linear in the text read; nothing but the token list is allocated.
/// </summary>
internal static class Tokenizer
{
    /// <summary>Tokenizes a whole stretch of text (a sentence).</summary>
    public static void Tokenize(ReadOnlySpan<char> text, int offset, List<Token> tokens)
    {
        int i = 0;
        bool space = true;
        while (TryRead(text, ref i, text.Length, ref space, int.MaxValue, out Token token))
        {
            tokens.Add(token with { Start = token.Start + offset });
        }
    }

    /// <summary>
    /// Reads the token at or after <paramref name="i"/>, skipping white space, and moves <paramref name="i"/> past it.
    /// A token longer than <paramref name="maxLength"/> is cut there and returned as a <see cref="TokenKind.Symbol"/>,
    /// which no grammar reads, so hostile input (a megabyte of digits) costs a bounded amount per call.
    /// </summary>
    public static bool TryRead(ReadOnlySpan<char> text, ref int i, int limit, ref bool space, int maxLength, out Token token)
    {
        while (i < limit && char.IsWhiteSpace(text[i]))
        {
            space = true;
            i++;
        }

        if (i >= limit)
        {
            token = default;
            return false;
        }

        char c = text[i];
        int start = i;
        TokenKind kind;
        ReadOnlySpan<char> bounded = text[..Math.Min(limit, maxLength == int.MaxValue ? limit : start + maxLength)];
        if (char.IsAsciiDigit(c))
        {
            i = ReadNumber(bounded, i);
            kind = TokenKind.Number;
        }
        else if (char.IsLetter(c))
        {
            i = ReadWord(bounded, i);
            kind = TokenKind.Word;
        }
        else if (char.IsPunctuation(c) && c is not ('%' or '#' or '&' or '@' or '*' or '\\' or '/'))
        {
            i++;
            kind = TokenKind.Punctuation;
        }
        else
        {
            i++;
            kind = TokenKind.Symbol;
        }

        if (i - start >= maxLength && i < limit && (char.IsLetterOrDigit(text[i]) || text[i] is ',' or '.'))
        {
            kind = TokenKind.Symbol; // cut: a fragment of something too long to be a figure or a date
        }

        token = new Token(start, i - start, kind, space);
        space = false;
        return true;
    }

    private static int ReadNumber(ReadOnlySpan<char> text, int i)
    {
        while (i < text.Length)
        {
            char c = text[i];
            if (char.IsAsciiDigit(c))
            {
                i++;
            }
            else if (c is ',' or '.' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]))
            {
                i += 2;
            }
            else
            {
                break;
            }
        }

        return i;
    }

    private static int ReadWord(ReadOnlySpan<char> text, int i)
    {
        int start = i;
        while (i < text.Length)
        {
            char c = text[i];
            if (char.IsLetter(c) || c == '\u00AD')
            {
                i++;
            }
            else if (c is '\'' or '’' && i + 1 < text.Length && char.IsLetter(text[i + 1]) && i > start)
            {
                i++;
            }
            else if (c == '.' && i + 2 < text.Length && i - start == 1 && char.IsUpper(text[i - 1]) && char.IsUpper(text[i + 1]) && text[i + 2] == '.')
            {
                // Dotted abbreviations such as "U.S." and "U.N." stay one word.
                i += 3;
                while (i + 1 < text.Length && char.IsUpper(text[i]) && text[i + 1] == '.')
                {
                    i += 2;
                }
            }
            else
            {
                break;
            }
        }

        return i;
    }
}
