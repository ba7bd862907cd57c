using System.Collections.Immutable;
using StdCompare.Alignment.Decoding;

namespace StdCompare.Alignment.Model;

/// <summary>What a model file says of itself (<c>model.json</c> inside the zip).</summary>
public sealed record ModelMetadata
{
    /// <summary>The format this code reads.</summary>
    public const string CurrentFormat = "stdcompare.clause-similarity/1";

    /// <summary>The file format.</summary>
    public string Format { get; init; } = CurrentFormat;

    /// <summary>The learner of both stages.</summary>
    public Learner Learner { get; init; }

    /// <summary>The seed of training.</summary>
    public int Seed { get; init; }

    /// <summary>First-stage feature names, in vector order.</summary>
    public ImmutableArray<string> ContentFeatures { get; init; } = [];

    /// <summary>Second-stage feature names, in vector order.</summary>
    public ImmutableArray<string> AllFeatures { get; init; } = [];

    /// <summary>Number of context stages, each reading the previous stage's scores.</summary>
    public int ContextStages { get; init; } = 1;

    /// <summary>Decoder settings tuned with the model.</summary>
    public DecoderOptions Decoder { get; init; } = DecoderOptions.Default;

    /// <summary>The candidate sources composed when the model was trained.</summary>
    public ImmutableArray<string> CandidateSources { get; init; } = [];

    /// <summary>The ML.NET version that trained it.</summary>
    public string MlNetVersion { get; init; } = "";
}
