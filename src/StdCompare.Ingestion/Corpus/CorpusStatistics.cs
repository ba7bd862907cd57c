using System.Collections.Immutable;
using StdCompare.Corpus;
using StdCompare.Ingestion.Reference;

namespace StdCompare.Ingestion.Corpus;

/// <summary>The figures of a corpus: what <c>stdcompare corpus stats</c> prints. Keys are sorted ordinally.</summary>
public sealed record CorpusStatistics
{
    /// <summary>Schema of the JSON form.</summary>
    public const string SchemaName = "stdcompare.corpus-stats/1";

    /// <summary>Schema name.</summary>
    public string Schema { get; init; } = SchemaName;

    /// <summary>Full-text documents.</summary>
    public int Documents { get; init; }

    /// <summary>Clauses in them.</summary>
    public int Clauses { get; init; }

    /// <summary>Requirements found in them.</summary>
    public int Requirements { get; init; }

    /// <summary>Documents and clauses per language.</summary>
    public ImmutableSortedDictionary<string, LanguageFigures> Languages { get; init; } = ImmutableSortedDictionary<string, LanguageFigures>.Empty;

    /// <summary>Documents per jurisdiction.</summary>
    public ImmutableSortedDictionary<string, int> Jurisdictions { get; init; } = ImmutableSortedDictionary<string, int>.Empty;

    /// <summary>Documents per industry.</summary>
    public ImmutableSortedDictionary<string, int> Industries { get; init; } = ImmutableSortedDictionary<string, int>.Empty;

    /// <summary>Documents per input format.</summary>
    public ImmutableSortedDictionary<string, int> Formats { get; init; } = ImmutableSortedDictionary<string, int>.Empty;

    /// <summary>Documents per provenance.</summary>
    public ImmutableSortedDictionary<string, int> Provenance { get; init; } = ImmutableSortedDictionary<string, int>.Empty;

    /// <summary>Gold pairs.</summary>
    public required PairFigures Pairs { get; init; }

    /// <summary>Catalogue entries.</summary>
    public required CatalogueFigures Catalogue { get; init; }

    /// <summary>Terminology concepts.</summary>
    public required ConceptFigures Concepts { get; init; }

    /// <summary>Notifications.</summary>
    public required NotificationFigures Notifications { get; init; }

    /// <summary>Bytes on disk.</summary>
    public long SizeBytes { get; init; }

    /// <summary>Computes the figures of <paramref name="corpus"/>.</summary>
    public static CorpusStatistics Compute(LoadedCorpus corpus)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        var docs = corpus.Documents.Documents;
        var pairs = corpus.Pairs;
        string LanguagePair(GoldPair p)
            => $"{corpus.DocumentAt(p.Left)?.Metadata.Language ?? "?"}-{corpus.DocumentAt(p.Right)?.Metadata.Language ?? "?"}";

        return new CorpusStatistics
        {
            Documents = docs.Length,
            Clauses = docs.Sum(d => d.Clauses.Length),
            Requirements = docs.Sum(d => d.Clauses.Sum(c => c.Requirements.Length)),
            Languages = docs.GroupBy(d => d.Metadata.Language).ToImmutableSortedDictionary(g => g.Key, g => new LanguageFigures(g.Count(), g.Sum(d => d.Clauses.Length)), StringComparer.Ordinal),
            Jurisdictions = Count(docs.Select(d => d.Metadata.Jurisdiction)),
            Industries = Count(docs.SelectMany(d => d.Metadata.Industries)),
            Formats = Count(docs.Select(d => d.Format)),
            Provenance = Count(docs.Select(d => d.Metadata.Provenance)),
            Pairs = new PairFigures
            {
                Total = pairs.Length,
                Train = pairs.Count(p => corpus.Splits.GetValueOrDefault(p.Id, GoldSplit.Train) == GoldSplit.Train && corpus.Splits.ContainsKey(p.Id)),
                Test = pairs.Count(p => corpus.Splits.TryGetValue(p.Id, out var s) && s == GoldSplit.Test),
                Links = pairs.Sum(p => p.Links.Length),
                OneToMany = pairs.Sum(p => p.Links.Count(l => l.Left.Length == 1 && l.Right.Length > 1)),
                ManyToOne = pairs.Sum(p => p.Links.Count(l => l.Left.Length > 1 && l.Right.Length == 1)),
                Crossing = pairs.Sum(CrossingLinks),
                ByLanguagePair = Count(pairs.Select(LanguagePair)),
                TestByLanguagePair = Count(pairs.Where(p => corpus.Splits.TryGetValue(p.Id, out var s) && s == GoldSplit.Test).Select(LanguagePair)),
                ByDegree = Count(pairs.Select(p => p.Degree)),
            },
            Catalogue = new CatalogueFigures
            {
                Entries = corpus.Catalogue.Select(c => c.Id).Concat(docs.Select(d => d.Id)).Distinct(StringComparer.Ordinal).Count(),
                MetadataOnly = corpus.Catalogue.Count(c => !docs.Any(d => string.Equals(d.Id, c.Id, StringComparison.Ordinal))),
                WithText = docs.Length,
                ByJurisdiction = Count(corpus.Catalogue.Select(c => c.Jurisdiction)),
                ByIndustry = Count(corpus.Catalogue.SelectMany(c => c.Industries)),
                ByYear = Count(corpus.Catalogue.Where(c => c.Published is not null).Select(c => c.Published!.Value.Year.ToString(System.Globalization.CultureInfo.InvariantCulture))),
                Adoptions = Count(corpus.Catalogue.Where(c => c.Adopts is not null).Select(c => c.Adopts!.Degree.ToString())),
                Withdrawn = corpus.Catalogue.Count(c => c.Withdrawn is not null),
            },
            Concepts = new ConceptFigures
            {
                Total = corpus.Terminology.Concepts.Length,
                ByLanguage = TerminologyReader.Languages.ToImmutableSortedDictionary(l => l, corpus.Terminology.CountIn, StringComparer.Ordinal),
                ByDomain = Count(corpus.Terminology.Concepts.Select(c => c.Domain)),
            },
            Notifications = new NotificationFigures
            {
                Total = corpus.Notifications.Length,
                ByMember = Count(corpus.Notifications.Select(n => n.MemberCode.Length > 0 ? n.MemberCode : n.Member)),
                ByIndustry = Count(corpus.Notifications.SelectMany(n => n.Industries)),
                Tbt = corpus.Notifications.Count(n => n.Symbol.StartsWith("G/TBT/", StringComparison.Ordinal)),
                Sps = corpus.Notifications.Count(n => n.Symbol.StartsWith("G/SPS/", StringComparison.Ordinal)),
            },
            SizeBytes = SizeOnDisk(corpus.Layout.Root),
        };
    }

    /// <summary>Total size of the files under <paramref name="root"/>.</summary>
    public static long SizeOnDisk(string root)
        => Directory.Exists(root) ? Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length) : 0;

    /// <summary>Moved clauses: links whose right side comes before the previous link's, in left-document order.</summary>
    private static int CrossingLinks(GoldPair pair)
    {
        var ordered = pair.Links
            .Where(l => !l.Left.IsDefaultOrEmpty && !l.Right.IsDefaultOrEmpty)
            .OrderBy(l => l.Left[0], ClauseIdComparer.Instance)
            .Select(l => l.Right[0])
            .ToList();
        var crossing = 0;
        for (var i = 1; i < ordered.Count; i++)
        {
            if (ClauseIdComparer.Instance.Compare(ordered[i], ordered[i - 1]) < 0)
            {
                crossing++;
            }
        }

        return crossing;
    }

    private static ImmutableSortedDictionary<string, int> Count(IEnumerable<string> values)
        => values.Where(v => v.Length > 0).GroupBy(v => v, StringComparer.Ordinal).ToImmutableSortedDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
}

/// <summary>Documents and clauses of one language.</summary>
public sealed record LanguageFigures(int Documents, int Clauses);

/// <summary>Gold pair figures.</summary>
public sealed record PairFigures
{
    /// <summary>All pairs.</summary>
    public int Total { get; init; }
    /// <summary>Training pairs.</summary>
    public int Train { get; init; }
    /// <summary>Test pairs.</summary>
    public int Test { get; init; }
    /// <summary>Links in all pairs.</summary>
    public int Links { get; init; }
    /// <summary>One-to-many links.</summary>
    public int OneToMany { get; init; }
    /// <summary>Many-to-one links.</summary>
    public int ManyToOne { get; init; }
    /// <summary>Links out of document order (moved clauses).</summary>
    public int Crossing { get; init; }
    /// <summary>Pairs per language pair.</summary>
    public ImmutableSortedDictionary<string, int> ByLanguagePair { get; init; } = ImmutableSortedDictionary<string, int>.Empty;
    /// <summary>Test pairs per language pair.</summary>
    public ImmutableSortedDictionary<string, int> TestByLanguagePair { get; init; } = ImmutableSortedDictionary<string, int>.Empty;
    /// <summary>Pairs per degree.</summary>
    public ImmutableSortedDictionary<string, int> ByDegree { get; init; } = ImmutableSortedDictionary<string, int>.Empty;
}

/// <summary>Catalogue figures.</summary>
public sealed record CatalogueFigures
{
    /// <summary>Distinct standards known: catalogue entries and full texts.</summary>
    public int Entries { get; init; }
    /// <summary>Catalogue entries whose text is not shipped.</summary>
    public int MetadataOnly { get; init; }
    /// <summary>Standards with a full text (their metadata is in the text).</summary>
    public int WithText { get; init; }
    /// <summary>Entries per jurisdiction.</summary>
    public ImmutableSortedDictionary<string, int> ByJurisdiction { get; init; } = ImmutableSortedDictionary<string, int>.Empty;
    /// <summary>Entries per industry.</summary>
    public ImmutableSortedDictionary<string, int> ByIndustry { get; init; } = ImmutableSortedDictionary<string, int>.Empty;
    /// <summary>Entries per year of publication.</summary>
    public ImmutableSortedDictionary<string, int> ByYear { get; init; } = ImmutableSortedDictionary<string, int>.Empty;
    /// <summary>Declared adoptions per degree.</summary>
    public ImmutableSortedDictionary<string, int> Adoptions { get; init; } = ImmutableSortedDictionary<string, int>.Empty;
    /// <summary>Withdrawn entries.</summary>
    public int Withdrawn { get; init; }
}

/// <summary>Terminology figures.</summary>
public sealed record ConceptFigures
{
    /// <summary>Concepts.</summary>
    public int Total { get; init; }
    /// <summary>Concepts with a term in each language.</summary>
    public ImmutableSortedDictionary<string, int> ByLanguage { get; init; } = ImmutableSortedDictionary<string, int>.Empty;
    /// <summary>Concepts per domain.</summary>
    public ImmutableSortedDictionary<string, int> ByDomain { get; init; } = ImmutableSortedDictionary<string, int>.Empty;
}

/// <summary>Notification figures.</summary>
public sealed record NotificationFigures
{
    /// <summary>Records.</summary>
    public int Total { get; init; }
    /// <summary>TBT notifications.</summary>
    public int Tbt { get; init; }
    /// <summary>SPS notifications.</summary>
    public int Sps { get; init; }
    /// <summary>Records per member.</summary>
    public ImmutableSortedDictionary<string, int> ByMember { get; init; } = ImmutableSortedDictionary<string, int>.Empty;
    /// <summary>Records per industry.</summary>
    public ImmutableSortedDictionary<string, int> ByIndustry { get; init; } = ImmutableSortedDictionary<string, int>.Empty;
}
