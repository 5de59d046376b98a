using System.Globalization;

namespace Reconcile.Evaluation;

/// <summary>Precision, recall and F1 from counts, printed as percentages with one decimal.</summary>
internal readonly record struct Score(int TruePositives, int Predicted, int Gold)
{
    public double Precision => Predicted == 0 ? 0 : 100.0 * TruePositives / Predicted;

    public double Recall => Gold == 0 ? 0 : 100.0 * TruePositives / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture, $"P {Precision,5:0.0}  R {Recall,5:0.0}  F1 {F1,5:0.0}  (tp {TruePositives}, predicted {Predicted}, gold {Gold})");
}
