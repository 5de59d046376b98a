using System;
using Reconcile.Display;

namespace Reconcile;

/// <summary>
/// One factual statement a source makes: a value about something measured, with the exact words it came
/// from. "more than 11,000 troops" in article 000 is a claim whose <see cref="Measure"/> is "troops".
/// </summary>
/// <remarks>
/// <para>The text of the source's document between <see cref="Span"/>'s start and end is exactly <see cref="Text"/>.</para>
/// <para>A claim's <see cref="Id"/> is given by the reconciler: <c>{source id}/{n}</c>, numbered in text order
/// from 1. Claims built by an extractor have an empty id until then.</para>
/// <threadsafety>Instances are immutable and safe to share between threads.</threadsafety>
/// </remarks>
[TypeFormatterSource(typeof(HtmlFormatterSource), PreferredMimeTypes = ["text/html"])]
public sealed class Claim
{
    /// <summary>Initializes a claim, as an extractor does.</summary>
    /// <param name="source">The source that states it.</param>
    /// <param name="span">Where its words are in the document's full text.</param>
    /// <param name="text">The words, exactly as they stand at <paramref name="span"/>.</param>
    /// <param name="measure">What is measured or dated, in plain words ("troops", "ballistic missiles").</param>
    /// <param name="value">The value stated.</param>
    /// <param name="scope">The period the value covers, if stated.</param>
    /// <param name="sentence">The sentence the claim stands in; defaults to <paramref name="span"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="source"/>, <paramref name="text"/> or <paramref name="measure"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="text"/>'s length differs from <paramref name="span"/>'s, or <paramref name="sentence"/> does not contain <paramref name="span"/>.</exception>
    public Claim(Source source, TextSpan span, string text, string measure, ClaimValue value, TimeScope? scope = null, TextSpan? sentence = null)
        : this(string.Empty, source, span, text, measure, value, scope, sentence ?? span)
    {
    }

    private Claim(string id, Source source, TextSpan span, string text, string measure, ClaimValue value, TimeScope? scope, TextSpan sentence)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(measure);
        if (text.Length != span.Length)
        {
            throw new ArgumentException("The claim's text must be exactly the text at its span.", nameof(text));
        }

        if (!sentence.Contains(span))
        {
            throw new ArgumentException("The claim's sentence must contain its span.", nameof(sentence));
        }

        Id = id;
        Source = source;
        Span = span;
        Text = text;
        Measure = measure;
        Value = value;
        Scope = scope;
        Sentence = sentence;
    }

    /// <summary>Gets the claim's id, <c>{source id}/{n}</c>; empty until a reconciler numbers it.</summary>
    public string Id { get; }

    /// <summary>Gets the source that states the claim.</summary>
    public Source Source { get; }

    /// <summary>Gets where the claim's words are in the document's full text.</summary>
    public TextSpan Span { get; }

    /// <summary>Gets the claim's words, exactly as written.</summary>
    public string Text { get; }

    /// <summary>Gets what is measured or dated, in plain words: "troops", "ballistic missiles", "pages of the report".</summary>
    public string Measure { get; }

    /// <summary>Gets the value stated.</summary>
    public ClaimValue Value { get; }

    /// <summary>Gets the period the value covers, or <see langword="null"/> when the source states none.</summary>
    public TimeScope? Scope { get; }

    /// <summary>Gets the sentence the claim stands in.</summary>
    public TextSpan Sentence { get; }

    /// <summary>
    /// Gets who the sentence credits with the claim, as written and without "the": "police", "coast guard
    /// officials", "report", "organisers"; <see langword="null"/> when it credits nobody by name.
    /// </summary>
    /// <remarks>Two parties' estimates ("12,000, police said"; "50,000, according to organisers") are different
    /// claims about one fact; explanations name the parties so a reporter does not take them for one outlet's error.</remarks>
    public string? Attribution { get; init; }

    /// <summary>Gets the sentence before <see cref="Sentence"/> when the claim's sentence opens with a pronoun that points back to it.</summary>
    internal TextSpan? Antecedent { get; init; }

    /// <summary>Returns a copy of this claim with the given id, as a reconciler numbers claims.</summary>
    /// <param name="id">The new id.</param>
    /// <returns>The renumbered claim.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is <see langword="null"/>.</exception>
    public Claim WithId(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return new(id, Source, Span, Text, Measure, Value, Scope, Sentence) { Antecedent = Antecedent, Attribution = Attribution };
    }

    /// <summary>Returns the id, the source's words and the value.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => $"{Id} \"{Text}\" = {Value}";
}
