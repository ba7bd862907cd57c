using System.Collections.Immutable;
using StdCompare.Corpus;
using StdCompare.Designations;
using StdCompare.Diagnostics;
using StdCompare.Documents;
using StdCompare.Ingestion.Reference;
using StdCompare.Terminology;

namespace StdCompare.Ingestion.Corpus;

/// <summary>A whole corpus loaded: texts, gold pairs and splits, catalogue, terminology, notifications, code lists.</summary>
public sealed record LoadedCorpus
{
    /// <summary>Where it lives.</summary>
    public required CorpusLayout Layout { get; init; }

    /// <summary>Texts and the files that failed.</summary>
    public required CorpusDocuments Documents { get; init; }

    /// <summary>Gold pairs.</summary>
    public ImmutableArray<GoldPair> Pairs { get; init; } = [];

    /// <summary>Split of each pair.</summary>
    public ImmutableSortedDictionary<string, GoldSplit> Splits { get; init; } = ImmutableSortedDictionary<string, GoldSplit>.Empty;

    /// <summary>Catalogue entries (metadata only).</summary>
    public ImmutableArray<StandardMetadata> Catalogue { get; init; } = [];

    /// <summary>The terminology base.</summary>
    public TerminologyBase Terminology { get; init; } = TerminologyBase.Empty;

    /// <summary>Which standards correspond: the correspondence table and the catalogue's adoptions.</summary>
    public DesignationCorrespondences Correspondences { get; init; } = DesignationCorrespondences.Empty;

    /// <summary>Notifications.</summary>
    public ImmutableArray<Notification> Notifications { get; init; } = [];

    /// <summary>ICS and HS code lists, when present.</summary>
    public ReferenceCodes? Codes { get; init; }

    /// <summary>Problems met while loading (the checker adds its own).</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; init; } = [];

    /// <summary>Loads everything under <paramref name="root"/>.</summary>
    public static LoadedCorpus Load(string root)
    {
        var layout = new CorpusLayout(root);
        var diagnostics = new List<Diagnostic>();
        var documents = CorpusLoader.LoadDocuments(root);
        ReferenceCodes? codes = null;
        if (File.Exists(layout.Ics) && File.Exists(layout.Hs))
        {
            codes = ReferenceCodes.Read(layout.Ics, layout.Hs);
        }
        else
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.FileNotFound, "the ICS or HS code list is missing", layout.Relative(layout.Reference)));
        }

        var catalogue = JsonLinesReader.ReadCatalogue(layout, diagnostics);
        return new LoadedCorpus
        {
            Layout = layout,
            Documents = documents,
            Pairs = GoldPairReader.ReadAll(layout, diagnostics),
            Splits = GoldPairReader.ReadSplits(layout, diagnostics),
            Catalogue = catalogue,
            Terminology = TerminologyReader.ReadFolder(layout.Terminology, diagnostics, layout.Relative),
            Correspondences = CorrespondenceReader.ReadCorpus(layout, catalogue, diagnostics),
            Notifications = JsonLinesReader.ReadNotifications(layout, diagnostics),
            Codes = codes,
            Diagnostics = [.. diagnostics],
        };
    }

    /// <summary>The document at a path relative to the corpus root, or null.</summary>
    public StandardDocument? DocumentAt(string relativePath)
        => Documents.Documents.FirstOrDefault(d => string.Equals(d.SourcePath, relativePath, StringComparison.Ordinal));
}
