namespace Reconcile.Text;

/// <summary>Receives what <see cref="Scanner"/> finds, in text order.</summary>
internal interface IMentionSink
{
    /// <summary>Takes one find.</summary>
    /// <param name="mention">The figure, date or time found.</param>
    void Add(in Mention mention);
}
