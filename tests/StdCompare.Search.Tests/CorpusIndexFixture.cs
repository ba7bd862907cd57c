using System.Collections.Immutable;
using StdCompare.Diagnostics;
using StdCompare.Documents;
using StdCompare.Ingestion;
using StdCompare.Ingestion.Corpus;
using StdCompare.Ingestion.Reference;
using StdCompare.Requirements;
using StdCompare.Terminology;
using StdCompare.Testing;

namespace StdCompare.Search.Tests;

/// <summary>
/// An in-memory index of part of the sample corpus (ginseng, rice and fuel standards in six languages, GB/T 19001)
/// plus a few made-up standards with known requirements and dates; built once for all tests.
/// </summary>
public sealed class CorpusIndexFixture : IDisposable
{
    /// <summary>Corpus files indexed, relative to corpora/documents.</summary>
    public static readonly ImmutableArray<string> Files =
    [
        "zh/gb-t-90101-2020.txt", "zh/gb-t-90202-2020.txt", "zh/gb-t-90303-2021.txt", "zh/gb-t-19001-2016.txt", "zh/db22-t-9003-2021.html", "zh/gb-t-1354-2018.txt",
        "ko/ks-h-9021-2019.html", "ko/ks-h-9022-2020.txt", "ja/jis-k-9303-2021.txt", "ja/jas-9002-2020.html",
        "en/iso-19610-2017.txt", "en/cxs-198-1995.txt", "ru/st-rk-90012-2019.txt", "ru/gost-32511-2013.txt",
        "mn/mns-9403-2019.txt", "mn/mns-9401-2018.txt",
    ];

    public CorpusIndexFixture()
    {
        var layout = new CorpusLayout(RepositoryPaths.Corpus);
        Terminology = TerminologyReader.ReadFolder(layout.Terminology, new List<Diagnostic>());
        Dictionary = CcCedictReader.Read(layout.CcCedict);
        Documents = [.. Files.Select(f => Read(Path.Combine(layout.Documents, f)))];
        Index = LuceneSearchIndex.CreateInMemory(new SearchIndexOptions { Terminology = Terminology, Dictionary = Dictionary });
        foreach (var d in Documents.Concat(MadeUp()))
        {
            Index.AddOrReplace(d, IndexOrigin.Corpus);
        }

        Index.AddOrReplace(new StandardMetadata { Id = "GB/T 19001-2008", Title = "质量管理体系 要求", Language = "zh", Jurisdiction = "CN", Body = "SAC", Withdrawn = new DateOnly(2017, 7, 1), Published = new DateOnly(2008, 10, 29), Provenance = Provenance.Sample }, IndexOrigin.Corpus);
        Index.Commit();
    }

    /// <summary>
    /// Reads a corpus file; the readers' regular expressions have time limits that a saturated machine can exceed
    /// on ordinary text, so a time-out is retried rather than failing every test of the collection.
    /// </summary>
    private static StandardDocument Read(string path)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var r = DocumentReader.Read(path);
                return r.Document ?? throw new InvalidOperationException($"{r.Path}: {r.FirstError}");
            }
            catch (System.Text.RegularExpressions.RegexMatchTimeoutException) when (attempt < 5)
            {
                Thread.Sleep(50);
            }
        }
    }

    public TerminologyBase Terminology { get; }

    public ChineseEnglishDictionary Dictionary { get; }

    public ImmutableArray<StandardDocument> Documents { get; }

    public LuceneSearchIndex Index { get; }

    public void Dispose() => Index.Dispose();

    /// <summary>Made-up standards whose lead limits, units and dates the tests know.</summary>
    public static IEnumerable<StandardDocument> MadeUp()
    {
        yield return Standard("TST-KR 1-2020", "ko", "KR", "쌀", new DateOnly(2020, 1, 1), null,
            Clause("5.1", "납", "납은 0.05 mg/kg 이하이어야 한다.", Req("납", RequirementOperator.LessOrEqual, 0.05, "mg/kg")));
        yield return Standard("TST-JP 2-2019", "ja", "JP", "米", new DateOnly(2019, 1, 1), null,
            Clause("4.2", "鉛", "鉛は100 µg/kg以下とする。", Req("鉛", RequirementOperator.LessOrEqual, 100, "µg/kg")));
        yield return Standard("TST-RU 3-2015", "ru", "RU", "Рис", new DateOnly(2015, 1, 1), new DateOnly(2021, 1, 1),
            Clause("5", "", "Содержание свинца не более 0,5 мг/кг.", Req("свинец", RequirementOperator.LessOrEqual, 0.5, "mg/kg")));
        yield return Standard("TST-EN 4-2030", "en", "INT", "Rice", new DateOnly(2030, 1, 1), null,
            Clause("4.1", "Lead", "Lead shall not be detected.", new Requirement { Parameter = "lead", Op = RequirementOperator.Absent }),
            Clause("4.2", "Protein", "Protein content shall be at least 7 %.", Req("protein", RequirementOperator.GreaterOrEqual, 7, "%")));
    }

    private static Requirement Req(string parameter, RequirementOperator op, double value, string unit)
        => new() { Parameter = parameter, Op = op, Value = value, Unit = Units.Get(unit) };

    private static Clause Clause(string id, string heading, string text, Requirement requirement)
        => new(id, 2, heading, text, [], [requirement], new SourceLocation(1));

    private static StandardDocument Standard(string id, string language, string jurisdiction, string title, DateOnly effective, DateOnly? withdrawn, params Clause[] clauses)
        => new()
        {
            Metadata = new StandardMetadata
            {
                Id = id, Title = title, Language = language, Jurisdiction = jurisdiction, Body = "TEST", Kind = "mandatory",
                Industries = ["rice"], Ics = ["67.060"], Hs = ["1006.30"], Published = effective.AddMonths(-6), Effective = effective, Withdrawn = withdrawn,
                Provenance = Provenance.Sample,
            },
            Clauses = [.. clauses],
        };
}

[CollectionDefinition(Name)]
public sealed class CorpusIndexCollection : ICollectionFixture<CorpusIndexFixture>
{
    public const string Name = "corpus index";
}
