namespace StdCompare.Alignment.Training;

/// <summary>How the model is trained.</summary>
public sealed record TrainingOptions
{
    /// <summary>The default seed of every random choice.</summary>
    public const int DefaultSeed = 20_250_611;

    /// <summary>The seed of every random choice (perturbations, folds, learners).</summary>
    public int Seed { get; init; } = DefaultSeed;

    /// <summary>The learner; null to measure both on held-out training pairs and keep the better.</summary>
    public Model.Learner? Learner { get; init; }

    /// <summary>Perturbed variants of each gold training pair.</summary>
    public int Variants { get; init; } = 3;

    /// <summary>Folds of the training pairs for choosing the learner and tuning the decoder.</summary>
    public int ValidationFolds { get; init; } = 4;

    /// <summary>Folds for the out-of-fold first-stage scores the second stage learns from.</summary>
    public int StackingFolds { get; init; } = 3;

    /// <summary>Context stages, each learning from the out-of-fold scores of the stage before.</summary>
    public int ContextStages { get; init; } = 3;

    /// <summary>Trees (boosting rounds) of each stage.</summary>
    public int Trees { get; init; } = Model.LearnerSettings.Trees;

    /// <summary>Leaves per tree.</summary>
    public int Leaves { get; init; } = Model.LearnerSettings.Leaves;

    /// <summary>Least examples in a leaf.</summary>
    public int MinExamplesPerLeaf { get; init; } = Model.LearnerSettings.MinExamplesPerLeaf;

    /// <summary>Shrinkage.</summary>
    public double LearningRate { get; init; } = Model.LearnerSettings.LearningRate;
}
