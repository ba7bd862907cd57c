namespace StdCompare.Ingestion.Corpus;

/// <summary>The folders and files of a StdCompare corpus (see corpora/README.md).</summary>
public sealed record CorpusLayout(string Root)
{
    /// <summary>Standard texts, one folder per language.</summary>
    public string Documents => Path.Combine(Root, "documents");

    /// <summary>Gold-aligned pairs, one JSON file each.</summary>
    public string GoldPairs => Path.Combine(Root, "gold", "pairs");

    /// <summary>Which pairs train the model and which test it.</summary>
    public string Splits => Path.Combine(Root, "gold", "splits.tsv");

    /// <summary>Catalogue of standards (metadata only), JSON Lines.</summary>
    public string Catalogue => Path.Combine(Root, "catalogue", "catalogue.jsonl");

    /// <summary>Terminology base, TSV files per domain.</summary>
    public string Terminology => Path.Combine(Root, "terminology");

    /// <summary>Which standards correspond (adoptions and counterparts), TSV.</summary>
    public string Correspondences => Path.Combine(Root, "correspondences", "correspondences.tsv");

    /// <summary>Trade-measure notifications, JSON Lines.</summary>
    public string Notifications => Path.Combine(Root, "notifications", "notifications.jsonl");

    /// <summary>Vendored third-party reference data.</summary>
    public string Reference => Path.Combine(Root, "reference");

    /// <summary>CC-CEDICT, gzipped.</summary>
    public string CcCedict => Path.Combine(Reference, "cc-cedict", "cedict_1_0_ts_utf-8_mdbg.txt.gz");

    /// <summary>ICS codes, 7th edition.</summary>
    public string Ics => Path.Combine(Reference, "ics", "ics_ed7_flat.tsv");

    /// <summary>HS codes.</summary>
    public string Hs => Path.Combine(Reference, "hs", "harmonized-system.csv");

    /// <summary>Labelled search queries for retrieval quality.</summary>
    public string SearchQueries => Path.Combine(Root, "search-eval", "queries.tsv");

    /// <summary>Path relative to the corpus root, with '/' separators.</summary>
    public string Relative(string path) => Path.GetRelativePath(Root, path).Replace('\\', '/');
}
