using System.IO.Compression;
using System.Text.Json;
using Microsoft.ML;
using Microsoft.ML.Data;
using StdCompare.Alignment.Features;
using StdCompare.Alignment.Lexicon;

namespace StdCompare.Alignment.Model;

/// <summary>
/// The clause-similarity model: ML.NET binary classifiers (the content stage and one or more context stages)
/// and the decoder settings tuned with them, in one zip file (<c>model.json</c>, <c>content.zip</c>,
/// <c>context.zip</c>, <c>context2.zip</c> …). Scoring batches rows through <c>Transform</c>; the transformers are shared and
/// thread-safe, so one instance serves every comparison of a process.
/// </summary>
public sealed class ClauseSimilarityModel
{
    /// <summary>The model's file name under <c>models/</c>.</summary>
    public const string FileName = "clause-similarity.zip";

    /// <summary>The column ML.NET writes calibrated probabilities to.</summary>
    internal const string ProbabilityColumn = "Probability";

    private const string MetadataEntry = "model.json";
    private const string ContentEntry = "content.zip";
    private const string ContextEntry = "context{0}.zip";
    private const string LexiconEntry = "lexicon.bin";

    /// <summary>Fixed time stamp of zip entries: the same training gives the same bytes.</summary>
    private static readonly DateTimeOffset EntryTime = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    private readonly MLContext _ml;
    private readonly ITransformer _content;
    private readonly ITransformer[] _context;
    private readonly TreeScorer? _contentScorer;
    private readonly TreeScorer?[] _contextScorers;

    internal ClauseSimilarityModel(MLContext ml, ITransformer content, IReadOnlyList<ITransformer> context, ModelMetadata metadata, TranslationLexicon lexicon)
    {
        _ml = ml;
        Lexicon = lexicon;
        _content = content;
        _context = [.. context];
        Metadata = metadata with { ContextStages = context.Count };
        _contentScorer = TreeScorer.TryCreate(ml, content, PairFeatures.ContentCount);
        _contextScorers = [.. _context.Select(c => TreeScorer.TryCreate(ml, c, PairFeatures.AllCount))];
    }

    /// <summary>True when every stage is scored by evaluating its trees directly (else through ML.NET's <c>Transform</c>).</summary>
    internal bool ScoresDirectly => _contentScorer is not null && _contextScorers.All(s => s is not null);

    /// <summary>The direct scorers of the stages (content first), null where a stage goes through ML.NET.</summary>
    internal IReadOnlyList<TreeScorer?> Scorers => [_contentScorer, .. _contextScorers];

    /// <summary>The translation lexicon learned from the training pairs' gold links, read by the lexicon features.</summary>
    public TranslationLexicon Lexicon { get; }

    /// <summary>What the model says of itself.</summary>
    public ModelMetadata Metadata { get; }

    /// <summary>Loads a model file; a missing, corrupt or outdated file gives a <see cref="ModelLoadException"/> with a clear message.</summary>
    public static ClauseSimilarityModel Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        const string remedy = "run 'stdcompare train' to rebuild it, or restore models/clause-similarity.zip from the repository";
        if (!File.Exists(path))
        {
            throw new ModelLoadException($"the clause-similarity model {path} does not exist; {remedy}");
        }

        try
        {
            using var zip = ZipFile.OpenRead(path);
            var metadata = ReadMetadata(zip, path, remedy);
            var ml = new MLContext(seed: metadata.Seed);
            var content = ReadTransformer(ml, zip, ContentEntry, path, remedy);
            var context = new List<ITransformer>();
            for (var s = 1; s <= Math.Max(1, metadata.ContextStages); s++)
            {
                context.Add(ReadTransformer(ml, zip, ContextName(s), path, remedy));
            }

            return new ClauseSimilarityModel(ml, content, context, metadata, ReadLexicon(zip, path, remedy));
        }
        catch (Exception e) when (e is InvalidDataException or IOException or JsonException or FormatException or InvalidOperationException or ArgumentException or NotSupportedException)
        {
            throw new ModelLoadException($"the clause-similarity model {path} is corrupt ({e.Message.TrimEnd('.')}); {remedy}", e);
        }
    }

    /// <summary>Writes the model file.</summary>
    public void Save(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        using var file = File.Create(path);
        using var zip = new ZipArchive(file, ZipArchiveMode.Create);
        Write(zip, MetadataEntry, JsonSerializer.SerializeToUtf8Bytes(Metadata, Json));
        Write(zip, ContentEntry, Normalize(SaveTransformer(_content, PairFeatures.ContentCount)));
        for (var s = 1; s <= _context.Length; s++)
        {
            Write(zip, ContextName(s), Normalize(SaveTransformer(_context[s - 1], PairFeatures.AllCount)));
        }

        using var lexicon = new MemoryStream();
        Lexicon.Write(lexicon);
        Write(zip, LexiconEntry, lexicon.ToArray());
    }

    /// <summary>First-stage probabilities of the rows.</summary>
    internal float[] ScoreContent(FeatureMatrix rows) => _contentScorer?.Score(rows) ?? Score(_ml, _content, rows);

    /// <summary>First-stage probabilities through ML.NET's <c>Transform</c>, whatever the scorer (to check the direct one).</summary>
    internal float[] ScoreContentWithMlNet(FeatureMatrix rows) => Score(_ml, _content, rows);

    /// <summary>Number of context stages.</summary>
    internal int ContextStages => _context.Length;

    /// <summary>Probabilities of the rows under context stage <paramref name="stage"/> (0-based).</summary>
    internal float[] ScoreContext(int stage, FeatureMatrix rows) => _contextScorers[stage]?.Score(rows) ?? Score(_ml, _context[stage], rows);

    private static string ContextName(int stage) => string.Format(System.Globalization.CultureInfo.InvariantCulture, ContextEntry, stage == 1 ? "" : stage.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Probabilities of <paramref name="rows"/> under <paramref name="model"/>, in batches.</summary>
    internal static float[] Score(MLContext ml, ITransformer model, FeatureMatrix rows)
    {
        var result = new float[rows.Rows];
        var schema = PairRow.Schema(rows.Width);
        for (var start = 0; start < rows.Rows; start += AlignmentLimits.ScoringBatch)
        {
            var count = Math.Min(AlignmentLimits.ScoringBatch, rows.Rows - start);
            var batch = new PairRow[count];
            for (var r = 0; r < count; r++)
            {
                batch[r] = new PairRow { Features = rows.RowArray(start + r) };
            }

            var scored = model.Transform(ml.Data.LoadFromEnumerable(batch, schema));
            var k = start;
            foreach (var p in scored.GetColumn<float>(ProbabilityColumn))
            {
                result[k++] = float.IsFinite(p) ? p : 0f;
            }
        }

        return result;
    }

    private byte[] SaveTransformer(ITransformer model, int width)
    {
        using var stream = new MemoryStream();
        var view = _ml.Data.LoadFromEnumerable(Array.Empty<PairRow>(), PairRow.Schema(width));
        _ml.Model.Save(model, view.Schema, stream);
        return stream.ToArray();
    }

    private static ModelMetadata ReadMetadata(ZipArchive zip, string path, string remedy)
    {
        var entry = zip.GetEntry(MetadataEntry) ?? throw new ModelLoadException($"the clause-similarity model {path} is corrupt (it has no {MetadataEntry}); {remedy}");
        using var stream = entry.Open();
        var metadata = JsonSerializer.Deserialize<ModelMetadata>(stream, Json) ?? throw new ModelLoadException($"the clause-similarity model {path} is corrupt (empty {MetadataEntry}); {remedy}");
        if (!string.Equals(metadata.Format, ModelMetadata.CurrentFormat, StringComparison.Ordinal))
        {
            throw new ModelLoadException($"the clause-similarity model {path} has format '{metadata.Format}', this program reads '{ModelMetadata.CurrentFormat}'; {remedy}");
        }

        if (!metadata.ContentFeatures.SequenceEqual(PairFeatures.ContentNames) || !metadata.AllFeatures.SequenceEqual(PairFeatures.AllNames))
        {
            throw new ModelLoadException($"the clause-similarity model {path} was trained with other features than this program computes; {remedy}");
        }

        return metadata;
    }

    private static ITransformer ReadTransformer(MLContext ml, ZipArchive zip, string name, string path, string remedy)
    {
        var entry = zip.GetEntry(name) ?? throw new ModelLoadException($"the clause-similarity model {path} is corrupt (it has no {name}); {remedy}");
        using var stream = entry.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        copy.Position = 0;
        return ml.Model.Load(copy, out _);
    }

    private static TranslationLexicon ReadLexicon(ZipArchive zip, string path, string remedy)
    {
        var entry = zip.GetEntry(LexiconEntry) ?? throw new ModelLoadException($"the clause-similarity model {path} is corrupt (it has no {LexiconEntry}); {remedy}");
        using var stream = entry.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        copy.Position = 0;
        return TranslationLexicon.Read(copy);
    }

    private static void Write(ZipArchive zip, string name, byte[] bytes)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = EntryTime;
        using var stream = entry.Open();
        stream.Write(bytes);
    }

    /// <summary>Re-packs an ML.NET model zip with fixed entry times and ordinal entry order, so equal models are equal bytes.</summary>
    private static byte[] Normalize(byte[] mlnetZip)
    {
        using var input = new ZipArchive(new MemoryStream(mlnetZip), ZipArchiveMode.Read);
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in input.Entries.OrderBy(e => e.FullName, StringComparer.Ordinal))
            {
                using var source = entry.Open();
                using var buffer = new MemoryStream();
                source.CopyTo(buffer);
                Write(zip, entry.FullName, buffer.ToArray());
            }
        }

        return output.ToArray();
    }
}
