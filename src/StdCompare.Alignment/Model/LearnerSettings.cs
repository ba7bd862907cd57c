namespace StdCompare.Alignment.Model;

/// <summary>
/// Hyper-parameters of both learners, the same for both so that the comparison is of the learners. Small
/// trees and a modest number of them: about 50 features and a few hundred thousand pairs, and a model file
/// that stays well under a megabyte.
/// </summary>
public static class LearnerSettings
{
    /// <summary>Trees (boosting rounds).</summary>
    public const int Trees = 200;

    /// <summary>Leaves per tree.</summary>
    public const int Leaves = 16;

    /// <summary>Least examples in a leaf.</summary>
    public const int MinExamplesPerLeaf = 20;

    /// <summary>Shrinkage.</summary>
    public const double LearningRate = 0.1;

    /// <summary>Training threads: one, so that training is reproducible bit for bit.</summary>
    public const int Threads = 1;
}
