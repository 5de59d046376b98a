using System;
using System.Collections.Generic;

namespace Reconcile.Text;

/// <summary>
/// The tokens of a stretch of text over the document text, with the small queries the grammars need. A sentence
/// is tokenized at once; a window around a trigger is tokenized lazily, token by token as the grammars look
/// ahead, and never past a fixed number of tokens, so the work per trigger is bounded.
/// </summary>
internal sealed class TokenStream
{
    /// <summary>The longest token a window reads; anything longer is a fragment no grammar reads.</summary>
    private const int MaxWindowTokenLength = 256;

    private readonly List<Token> _list = [];
    /// <summary>The array a window grows to before it starts moving kept tokens back to the front.</summary>
    private const int CompactAt = 256;

    private Token[] _tokens = new Token[64];

    /// <summary>Where token 0 is in <see cref="_tokens"/>: a window that keeps the tail of the previous one moves this instead of the tokens.</summary>
    private int _base;
    private int _count;
    private int _cursor;
    private int _limit;
    private int _maxTokens;
    private bool _space;
    private bool _windowed;
    private bool _sentenceRead;
    private TextSpan _sentence;

    public string Text { get; private set; } = string.Empty;

    /// <summary>Gets the number of tokens; in a window this reads every token the window may hold.</summary>
    public int Count
    {
        get
        {
            Fill(int.MaxValue);
            return _count;
        }
    }

    public Token this[int index]
    {
        get
        {
            if ((uint)index >= (uint)_count)
            {
                Fill(index + 1);
                if ((uint)index >= (uint)_count)
                {
                    throw new ArgumentOutOfRangeException(nameof(index));
                }
            }

            return _tokens[_base + index];
        }
    }

    /// <summary>Tokenizes a whole sentence.</summary>
    public void Reset(string text, TextSpan sentence)
    {
        // The grouper reads each claim's sentence, and a sentence's claims come one after another: the tokens of the
        // sentence read last are still here, unchanged (only a window adds tokens), so they are not read again.
        if (!_windowed && _sentenceRead && ReferenceEquals(text, Text) && sentence == _sentence)
        {
            return;
        }

        _sentenceRead = true;
        _sentence = sentence;
        Text = text;
        _windowed = false;
        _list.Clear();
        _maxTokens = 0;
        _cursor = _limit = 0;
        Tokenizer.Tokenize(text.AsSpan(sentence.Start, sentence.Length), sentence.Start, _list);
        if (_tokens.Length < _list.Count)
        {
            _tokens = new Token[Math.Max(_list.Count, _tokens.Length * 2)];
        }

        _list.CopyTo(_tokens);
        _base = 0;
        _count = _list.Count;
    }

    /// <summary>Starts a lazily read window at <paramref name="start"/>, reading at most <paramref name="maxTokens"/> tokens before <paramref name="limit"/>.</summary>
    /// <remarks>
    /// Windows around nearby triggers overlap. When <paramref name="start"/> is the start of a token the previous
    /// window already read (same text and limit, same white space before it), that token and the ones after it are
    /// kept instead of being read again: a token's bounds and kind do not depend on where the window started.
    /// </remarks>
    public void ResetWindow(string text, int start, int limit, int maxTokens, bool spaceBefore)
    {
        if (_windowed && ReferenceEquals(text, Text) && limit == _limit && _count > 0 && start >= _tokens[_base].Start && start <= _tokens[_base + _count - 1].Start)
        {
            int k = 0;
            while (k < _count && _tokens[_base + k].Start < start)
            {
                k++;
            }

            if (_tokens[_base + k].Start == start && _tokens[_base + k].SpaceBefore == spaceBefore)
            {
                _count -= k;
                _base += k;
                Token lastToken = _tokens[_base + _count - 1];
                _maxTokens = lastToken.Kind == TokenKind.Symbol && lastToken.Length >= MaxWindowTokenLength ? _count : maxTokens;
                return;
            }
        }

        _windowed = true;
        _sentenceRead = false;
        Text = text;
        _base = 0;
        _count = 0;
        _cursor = start;
        _limit = limit;
        _maxTokens = maxTokens;
        _space = spaceBefore;
    }

    /// <summary>The index of the token that holds character <paramref name="position"/>, or of the first after it; -1 past the end.</summary>
    public int IndexAt(int position)
    {
        for (int i = 0; InRange(i); i++)
        {
            if (_tokens[_base + i].End > position)
            {
                return i;
            }
        }

        return -1;
    }

    private void Fill(int count)
    {
        while (_count < count && _count < _maxTokens)
        {
            if (!Tokenizer.TryRead(Text, ref _cursor, _limit, ref _space, MaxWindowTokenLength, out Token token))
            {
                _maxTokens = _count;
                return;
            }

            if (_base + _count == _tokens.Length)
            {
                if (_base > 0 && _tokens.Length >= CompactAt)
                {
                    Array.Copy(_tokens, _base, _tokens, 0, _count); // at most one window, every few windows
                    _base = 0;
                }
                else
                {
                    Array.Resize(ref _tokens, _tokens.Length * 2);
                }
            }

            _tokens[_base + _count++] = token;
            if (token.Kind == TokenKind.Symbol && token.Length >= MaxWindowTokenLength)
            {
                _maxTokens = _count; // a cut fragment ends the window
            }
        }
    }

    public ReadOnlySpan<char> Span(int index)
    {
        Token t = this[index];
        return Text.AsSpan(t.Start, t.Length);
    }

    public bool InRange(int index)
    {
        if (index < 0)
        {
            return false;
        }

        if (index < _count)
        {
            return true;
        }

        Fill(index + 1);
        return index < _count;
    }

    public bool IsWord(int index) => InRange(index) && this[index].Kind == TokenKind.Word;

    public bool IsNumber(int index) => InRange(index) && this[index].Kind == TokenKind.Number;

    public bool Is(int index, string word)
        => InRange(index) && this[index].Kind != TokenKind.Number && Span(index).Equals(word, StringComparison.OrdinalIgnoreCase);

    public bool IsChar(int index, char c) => InRange(index) && this[index].Length == 1 && Text[this[index].Start] == c;

    public bool IsDash(int index) => InRange(index) && this[index].Length == 1 && Text[this[index].Start] is '-' or '–' or '—';

    /// <summary>True when the token touches the one before it (no white space between).</summary>
    public bool Glued(int index) => InRange(index) && index > 0 && !this[index].SpaceBefore;

    public bool IsCapitalized(int index) => IsWord(index) && char.IsUpper(Text[this[index].Start]);

    public bool IsPunctuation(int index) => InRange(index) && this[index].Kind == TokenKind.Punctuation;

    public bool InLexicon<T>(int index, Lexicon<T> lexicon) => IsWord(index) && lexicon.Contains(Span(index));

    public TextSpan SpanOf(int first, int last) => TextSpan.FromBounds(this[first].Start, this[last].End);

    public string Slice(int first, int last) => Text.Substring(this[first].Start, this[last].End - this[first].Start);

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
