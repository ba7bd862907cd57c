namespace StdCompare.Alignment.Model;

/// <summary>The gradient-boosted tree learners the clause-similarity model can be trained with.</summary>
public enum Learner
{
    /// <summary>ML.NET's FastTree (MART gradient boosting, Platt-calibrated).</summary>
    FastTree,

    /// <summary>LightGBM through ML.NET (Platt-calibrated).</summary>
    LightGbm,
}
