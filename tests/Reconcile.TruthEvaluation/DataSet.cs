using System.Collections.Generic;
using Reconcile.Truth;

namespace Reconcile.TruthEvaluation;

/// <summary>A research data set loaded for the truth model: its claims, its gold values and how to score a prediction.</summary>
/// <param name="Name">The data set's name.</param>
/// <param name="Claims">The claims, as the truth model reads them.</param>
/// <param name="Raw">The claims with their values as raw strings, for label majority vote.</param>
/// <param name="Gold">The gold value per fact (only facts with gold are scored).</param>
/// <param name="Priors">The source priors of the "with priors" configuration, and what they encode.</param>
/// <param name="PriorNote">What the priors say, in words.</param>
/// <param name="SourceClasses">The source classes of the "with learned source classes" configuration (empty for none).</param>
/// <param name="ClassNote">What the classes are, in words.</param>
internal sealed record DataSet(
    string Name,
    IReadOnlyList<TruthClaim> Claims,
    IReadOnlyList<(string Source, string Item, string Value)> Raw,
    IReadOnlyDictionary<string, TruthValue> Gold,
    IReadOnlyDictionary<string, double> Priors,
    string PriorNote,
    IReadOnlyDictionary<string, string> SourceClasses,
    string ClassNote);
