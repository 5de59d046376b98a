using System;
using System.Collections.Generic;

namespace Reconcile.Text;

/// <summary>The tokens of one sentence over the document text, with the small queries the grammars need.</summary>
internal sealed class TokenStream
{
    private readonly List<Token> _tokens = [];

    public string Text { get; private set; } = string.Empty;

    public int Count => _tokens.Count;

    public Token this[int index] => _tokens[index];

    public void Reset(string text, TextSpan sentence)
    {
        Text = text;
        _tokens.Clear();
        Tokenizer.Tokenize(text.AsSpan(sentence.Start, sentence.Length), sentence.Start, _tokens);
    }

    public ReadOnlySpan<char> Span(int index)
    {
        Token t = _tokens[index];
        return Text.AsSpan(t.Start, t.Length);
    }

    public bool InRange(int index) => index >= 0 && index < _tokens.Count;

    public bool IsWord(int index) => InRange(index) && _tokens[index].Kind == TokenKind.Word;

    public bool IsNumber(int index) => InRange(index) && _tokens[index].Kind == TokenKind.Number;

    public bool Is(int index, string word)
        => InRange(index) && _tokens[index].Kind != TokenKind.Number && Span(index).Equals(word, StringComparison.OrdinalIgnoreCase);

    public bool IsChar(int index, char c) => InRange(index) && _tokens[index].Length == 1 && Text[_tokens[index].Start] == c;

    public bool IsDash(int index) => InRange(index) && _tokens[index].Length == 1 && Text[_tokens[index].Start] is '-' or '–' or '—';

    /// <summary>True when the token touches the one before it (no white space between).</summary>
    public bool Glued(int index) => InRange(index) && index > 0 && !_tokens[index].SpaceBefore;

    public bool IsCapitalized(int index) => IsWord(index) && char.IsUpper(Text[_tokens[index].Start]);

    public bool IsPunctuation(int index) => InRange(index) && _tokens[index].Kind == TokenKind.Punctuation;

    public bool InLexicon<T>(int index, Lexicon<T> lexicon) => IsWord(index) && lexicon.Contains(Span(index));

    public TextSpan SpanOf(int first, int last) => TextSpan.FromBounds(_tokens[first].Start, _tokens[last].End);

    public string Slice(int first, int last) => Text.Substring(_tokens[first].Start, _tokens[last].End - _tokens[first].Start);

    /// <summary>Matches a phrase of words ending just before <paramref name="end"/>; returns the index of its first token or -1.</summary>
    public int MatchBefore(int end, string[] words)
    {
        int first = end - words.Length;
        if (first < 0)
        {
            return -1;
        }

        for (int k = 0; k < words.Length; k++)
        {
            if (!Is(first + k, words[k]))
            {
                return -1;
            }
        }

        return first;
    }

    /// <summary>Matches a phrase of words starting at <paramref name="start"/>; returns the index of its last token or -1.</summary>
    public int MatchAt(int start, string[] words)
    {
        for (int k = 0; k < words.Length; k++)
        {
            if (!Is(start + k, words[k]))
            {
                return -1;
            }
        }

        return start + words.Length - 1;
    }
}
