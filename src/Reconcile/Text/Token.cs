namespace Reconcile.Text;

/// <summary>What a token is.</summary>
internal enum TokenKind : byte
{
    Word,
    Number,
    Symbol,
    Punctuation,
}

/// <summary>One token of a sentence: its place in the document text and what it is. No substring is made.</summary>
internal readonly record struct Token(int Start, int Length, TokenKind Kind, bool SpaceBefore)
{
    public int End => Start + Length;
}
