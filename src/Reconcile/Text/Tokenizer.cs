using System;
using System.Collections.Generic;

namespace Reconcile.Text;

/// <summary>
/// Splits a sentence into words, numbers, symbols and punctuation in one forward pass, recording offsets
/// into the document text. Linear in the length of the text and allocation-free beyond the token list.
/// </summary>
internal static class Tokenizer
{
    public static void Tokenize(ReadOnlySpan<char> text, int offset, List<Token> tokens)
    {
        int i = 0;
        bool space = true;
        while (i < text.Length)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c))
            {
                space = true;
                i++;
                continue;
            }

            int start = i;
            TokenKind kind;
            if (char.IsAsciiDigit(c))
            {
                i = ReadNumber(text, i);
                kind = TokenKind.Number;
            }
            else if (char.IsLetter(c))
            {
                i = ReadWord(text, i);
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

            tokens.Add(new Token(offset + start, i - start, kind, space));
            space = false;
        }
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
