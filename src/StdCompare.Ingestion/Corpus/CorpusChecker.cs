using System.Collections.Immutable;
using System.Text.Json;
using StdCompare.Corpus;
using StdCompare.Designations;
using StdCompare.Diagnostics;
using StdCompare.Documents;
using StdCompare.Ingestion.FrontMatter;

namespace StdCompare.Ingestion.Corpus;

/// <summary>
/// Validates a corpus: every file parses; metadata complete and consistent; catalogue ids unique; gold links
/// name existing clauses and cover each clause once; test pairs never used in training; terminology and
/// notifications well-formed; the corpus stays under its size limit.
/// </summary>
public static class CorpusChecker
{
    /// <summary>Largest corpus kept in the repository.</summary>
    public const long MaxCorpusBytes = 40L * 1024 * 1024;

    /// <summary>The provenance values allowed.</summary>
    public static readonly ImmutableHashSet<string> Provenances = ImmutableHashSet.Create(StringComparer.Ordinal, Provenance.Sample, Provenance.Source);

    /// <summary>The industries of the corpus.</summary>
    public static readonly ImmutableHashSet<string> Industries = ImmutableHashSet.Create(StringComparer.Ordinal,
        "automotive", "rail", "ginseng", "agri-food", "petrochemicals", "tcm", "pharmaceuticals", "quality-management", "minerals");

    /// <summary>Link relations.</summary>
    public static readonly ImmutableHashSet<string> Relations = ImmutableHashSet.Create(StringComparer.Ordinal, "equivalent", "modified", "related");

    /// <summary>The manifest written by training: which pairs trained the model.</summary>
    public const string ModelManifest = "clause-similarity.manifest.json";

    /// <summary>Checks <paramref name="corpus"/>; <paramref name="modelsFolder"/> (may be null) holds the training manifest.</summary>
    public static ImmutableArray<Diagnostic> Check(LoadedCorpus corpus, string? modelsFolder)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        var d = new List<Diagnostic>(corpus.Diagnostics);
        d.AddRange(corpus.Documents.Failures);
        d.AddRange(corpus.Documents.Warnings);
        CheckDocuments(corpus, d);
        CheckCatalogue(corpus, d);
        CheckPairs(corpus, d);
        CheckTraining(corpus, modelsFolder, d);
        CheckNotifications(corpus, d);
        CheckSize(corpus, d);
        return [.. d];
    }

    private static void CheckDocuments(LoadedCorpus corpus, List<Diagnostic> d)
    {
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var doc in corpus.Documents.Documents)
        {
            var file = doc.SourcePath;
            var m = doc.Metadata;
            CheckMetadata(m, file, corpus, d);
            var folder = file.Split('/') is { Length: >= 3 } parts ? parts[1] : "";
            if (folder.Length > 0 && !string.Equals(folder, m.Language, StringComparison.Ordinal))
            {
                d.Add(Diagnostic.Error(Codes.Metadata, $"language is '{m.Language}' but the file is in documents/{folder}/", file));
            }

            if (m.Id.Length > 0 && !ids.TryAdd(m.Id, file))
            {
                d.Add(Diagnostic.Error(Codes.Duplicate, $"designation '{m.Id}' is also used by {ids[m.Id]}", file));
            }

            if (m.Provenance == Provenance.Sample && !m.Extra.ContainsKey("note"))
            {
                d.Add(Diagnostic.Warning(Codes.Metadata, "sample text without a 'note' saying its values are illustrative", file));
            }
        }
    }

    private static void CheckMetadata(StandardMetadata m, string file, LoadedCorpus corpus, List<Diagnostic> d)
    {
        void Missing(string key) => d.Add(Diagnostic.Error(Codes.Metadata, $"'{key}' is missing", file));
        if (m.Id.Length == 0)
        {
            Missing("id");
        }
        else if (!StandardId.TryParse(m.Id, out _))
        {
            d.Add(Diagnostic.Error(Codes.Metadata, $"id '{m.Id}' is not a designation StdCompare can parse", file));
        }

        if (m.Title.Length == 0)
        {
            Missing("title");
        }

        if (m.Language.Length == 0)
        {
            Missing("language");
        }

        if (m.Body.Length == 0)
        {
            Missing("body");
        }

        if (m.Jurisdiction.Length == 0)
        {
            Missing("jurisdiction");
        }

        if (!MetadataBuilder.Kinds.Contains(m.Kind))
        {
            d.Add(Diagnostic.Error(Codes.Metadata, $"kind '{m.Kind}' is not mandatory, recommended, technical-regulation or guide", file));
        }

        if (!Provenances.Contains(m.Provenance))
        {
            d.Add(Diagnostic.Error(Codes.Metadata, $"provenance '{m.Provenance}' is not 'sample' or 'source'", file));
        }

        if (m.Industries.IsDefaultOrEmpty)
        {
            Missing("industries");
        }

        foreach (var industry in m.Industries.Where(i => !Industries.Contains(i)))
        {
            d.Add(Diagnostic.Error(Codes.Metadata, $"industry '{industry}' is not one of {string.Join(", ", Industries.Order(StringComparer.Ordinal))}", file));
        }

        if (corpus.Codes is { } codes)
        {
            foreach (var ics in m.Ics.Where(c => !codes.IsIcs(c)))
            {
                d.Add(Diagnostic.Error(Codes.Metadata, $"ICS code '{ics}' is not in the ICS list", file));
            }

            foreach (var hs in m.Hs.Where(c => !codes.IsHs(c)))
            {
                d.Add(Diagnostic.Error(Codes.Metadata, $"HS code '{hs}' is not in the HS list", file));
            }
        }

        if (m.Published is { } p && m.Effective is { } e && e < p)
        {
            d.Add(Diagnostic.Error(Codes.Metadata, $"effective {e:yyyy-MM-dd} is before published {p:yyyy-MM-dd}", file));
        }

        if (m.Withdrawn is { } w && (m.Effective ?? m.Published) is { } start && w < start)
        {
            d.Add(Diagnostic.Error(Codes.Metadata, $"withdrawn {w:yyyy-MM-dd} is before it came into force", file));
        }
    }

    private static void CheckCatalogue(LoadedCorpus corpus, List<Diagnostic> d)
    {
        var name = corpus.Layout.Relative(corpus.Layout.Catalogue);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var texts = corpus.Documents.Documents.GroupBy(x => x.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var (entry, index) in corpus.Catalogue.Select((e, i) => (e, i)))
        {
            var where = $"{name} entry {index + 1} ({entry.Id})";
            CheckMetadata(entry, where, corpus, d);
            if (!ids.Add(entry.Id))
            {
                d.Add(Diagnostic.Error(Codes.Duplicate, $"catalogue id '{entry.Id}' occurs twice", where));
            }

            if (texts.TryGetValue(entry.Id, out var text))
            {
                CheckSameMetadata(entry, text, where, d);
            }
        }
    }

    /// <summary>A catalogue entry of a standard whose text is shipped must say the same as the text's front matter.</summary>
    private static void CheckSameMetadata(StandardMetadata entry, StandardDocument text, string where, List<Diagnostic> d)
    {
        var m = text.Metadata;
        void Differ(string field, object? a, object? b)
            => d.Add(Diagnostic.Error(Codes.Metadata, $"{field} is '{a}' here but '{b}' in {text.SourcePath}", where));
        if (!string.Equals(entry.Title, m.Title, StringComparison.Ordinal))
        {
            Differ("title", entry.Title, m.Title);
        }

        if (!string.Equals(entry.Jurisdiction, m.Jurisdiction, StringComparison.Ordinal))
        {
            Differ("jurisdiction", entry.Jurisdiction, m.Jurisdiction);
        }

        if (!string.Equals(entry.Kind, m.Kind, StringComparison.Ordinal))
        {
            Differ("kind", entry.Kind, m.Kind);
        }

        if (entry.Published != m.Published)
        {
            Differ("published", entry.Published, m.Published);
        }

        if (entry.Adopts != m.Adopts)
        {
            Differ("adopts", entry.Adopts, m.Adopts);
        }
    }

    private static void CheckPairs(LoadedCorpus corpus, List<Diagnostic> d)
    {
        var pairIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var pair in corpus.Pairs)
        {
            var file = $"gold/pairs/{pair.Id}.json";
            if (!pairIds.Add(pair.Id))
            {
                d.Add(Diagnostic.Error(Codes.Duplicate, $"pair id '{pair.Id}' is used twice", file));
            }

            if (!corpus.Splits.ContainsKey(pair.Id))
            {
                d.Add(Diagnostic.Error(Codes.Gold, "is not listed in gold/splits.tsv", file));
            }

            if (pair.Degree is not ("IDT" or "MOD" or "NEQ"))
            {
                d.Add(Diagnostic.Error(Codes.Gold, $"degree '{pair.Degree}' is not IDT, MOD or NEQ", file));
            }

            var left = corpus.DocumentAt(pair.Left);
            var right = corpus.DocumentAt(pair.Right);
            if (left is null || right is null)
            {
                d.Add(Diagnostic.Error(Codes.Gold, $"names a document that does not exist or did not parse: {(left is null ? pair.Left : pair.Right)}", file));
                continue;
            }

            CheckCoverage(file, "left", left, pair.Links.Select(l => l.Left), pair.Unmatched.Left, d);
            CheckCoverage(file, "right", right, pair.Links.Select(l => l.Right), pair.Unmatched.Right, d);
            foreach (var link in pair.Links)
            {
                if (!Relations.Contains(link.Relation))
                {
                    d.Add(Diagnostic.Error(Codes.Gold, $"relation '{link.Relation}' is not equivalent, modified or related", file));
                }

                if (link.Left.IsDefaultOrEmpty || link.Right.IsDefaultOrEmpty)
                {
                    d.Add(Diagnostic.Error(Codes.Gold, "a link has an empty side", file));
                }
            }

            foreach (var diff in pair.Differences)
            {
                CheckRef(file, "difference", diff.Left, left, d);
                CheckRef(file, "difference", diff.Right, right, d);
            }

            foreach (var barrier in pair.Barriers)
            {
                CheckRef(file, "barrier", barrier.Left, left, d);
                CheckRef(file, "barrier", barrier.Right, right, d);
            }
        }

        foreach (var listed in corpus.Splits.Keys.Where(k => !pairIds.Contains(k)))
        {
            d.Add(Diagnostic.Error(Codes.Gold, $"lists pair '{listed}', which has no file in gold/pairs/", "gold/splits.tsv"));
        }
    }

    private static void CheckCoverage(string file, string side, StandardDocument doc, IEnumerable<ImmutableArray<string>> linked, ImmutableArray<string> unmatched, List<Diagnostic> d)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var id in linked.SelectMany(x => x.IsDefault ? [] : x).Concat(unmatched.IsDefault ? [] : unmatched))
        {
            seen[id] = seen.GetValueOrDefault(id) + 1;
        }

        foreach (var (id, count) in seen.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            if (doc.FindClause(id) is null)
            {
                d.Add(Diagnostic.Error(Codes.Gold, $"{side} clause '{id}' does not exist in {doc.SourcePath}", file));
            }
            else if (count > 1)
            {
                d.Add(Diagnostic.Error(Codes.Gold, $"{side} clause '{id}' is covered {count} times", file));
            }
        }

        foreach (var clause in doc.Clauses.Where(c => !seen.ContainsKey(c.Id)))
        {
            d.Add(Diagnostic.Error(Codes.Gold, $"{side} clause '{clause.Id}' of {doc.SourcePath} is neither linked nor unmatched", file));
        }
    }

    private static void CheckRef(string file, string what, string? id, StandardDocument doc, List<Diagnostic> d)
    {
        if (id is not null && doc.FindClause(id) is null)
        {
            d.Add(Diagnostic.Error(Codes.Gold, $"a {what} names clause '{id}', which {doc.SourcePath} does not have", file));
        }
    }

    private static void CheckTraining(LoadedCorpus corpus, string? modelsFolder, List<Diagnostic> d)
    {
        var test = corpus.Splits.Where(kv => kv.Value == GoldSplit.Test).Select(kv => kv.Key).ToHashSet(StringComparer.Ordinal);
        if (test.Count == 0 && corpus.Pairs.Length > 0)
        {
            d.Add(Diagnostic.Error(Codes.Gold, "no pair is marked test", "gold/splits.tsv"));
        }

        if (modelsFolder is null)
        {
            return;
        }

        var manifest = Path.Combine(modelsFolder, ModelManifest);
        if (!File.Exists(manifest))
        {
            d.Add(Diagnostic.Warning(Codes.Training, "no training manifest: cannot verify that test pairs were not used in training", manifest));
            return;
        }

        try
        {
            using var json = JsonDocument.Parse(File.ReadAllText(manifest));
            if (!json.RootElement.TryGetProperty("trainingPairs", out var pairs) || pairs.ValueKind != JsonValueKind.Array)
            {
                d.Add(Diagnostic.Error(Codes.Training, "the manifest has no 'trainingPairs' array", manifest));
                return;
            }

            foreach (var p in pairs.EnumerateArray().Select(e => e.GetString() ?? ""))
            {
                if (test.Contains(p))
                {
                    d.Add(Diagnostic.Error(Codes.Training, $"test pair '{p}' was used in training", manifest));
                }
                else if (!corpus.Splits.ContainsKey(p))
                {
                    d.Add(Diagnostic.Warning(Codes.Training, $"training pair '{p}' is not in gold/splits.tsv", manifest));
                }
            }
        }
        catch (JsonException e)
        {
            d.Add(Diagnostic.Error(Codes.Training, $"the manifest is not valid JSON: {e.Message}", manifest));
        }
    }

    private static void CheckNotifications(LoadedCorpus corpus, List<Diagnostic> d)
    {
        var name = corpus.Layout.Relative(corpus.Layout.Notifications);
        var symbols = new HashSet<string>(StringComparer.Ordinal);
        foreach (var n in corpus.Notifications)
        {
            var where = $"{name} ({n.Symbol})";
            if (!n.Symbol.StartsWith("G/TBT/N/", StringComparison.Ordinal) && !n.Symbol.StartsWith("G/SPS/N/", StringComparison.Ordinal))
            {
                d.Add(Diagnostic.Error(Codes.Notification, "symbol is not G/TBT/N/… or G/SPS/N/…", where));
            }

            if (!symbols.Add(n.Symbol))
            {
                d.Add(Diagnostic.Error(Codes.Duplicate, "symbol occurs twice", where));
            }

            if (n.Member.Length == 0 || n.Title.Length == 0 || n.Distributed is null)
            {
                d.Add(Diagnostic.Error(Codes.Notification, "member, title or distribution date is missing", where));
            }

            if (!Provenances.Contains(n.Provenance))
            {
                d.Add(Diagnostic.Error(Codes.Notification, $"provenance '{n.Provenance}' is not 'sample' or 'source'", where));
            }

            if (n.Distributed is { } dist && n.CommentDeadline is { } deadline && deadline < dist)
            {
                d.Add(Diagnostic.Error(Codes.Notification, "comment deadline is before distribution", where));
            }

            if (n.ProposedAdoption is { } a && n.ProposedEntryIntoForce is { } f && f < a)
            {
                d.Add(Diagnostic.Error(Codes.Notification, "entry into force is before adoption", where));
            }

            if (corpus.Codes is { } codes)
            {
                foreach (var hs in n.Hs.Where(c => !codes.IsHs(c)))
                {
                    d.Add(Diagnostic.Error(Codes.Notification, $"HS code '{hs}' is not in the HS list", where));
                }

                foreach (var ics in n.Ics.Where(c => !codes.IsIcs(c)))
                {
                    d.Add(Diagnostic.Error(Codes.Notification, $"ICS code '{ics}' is not in the ICS list", where));
                }
            }
        }
    }

    private static void CheckSize(LoadedCorpus corpus, List<Diagnostic> d)
    {
        var bytes = CorpusStatistics.SizeOnDisk(corpus.Layout.Root);
        if (bytes > MaxCorpusBytes)
        {
            d.Add(Diagnostic.Error(Codes.Size, $"the corpus is {bytes / (1024.0 * 1024):0.0} MB, over the limit of {MaxCorpusBytes / (1024 * 1024)} MB", corpus.Layout.Root));
        }
    }

    /// <summary>Codes of the checker's own findings.</summary>
    public static class Codes
    {
        /// <summary>Metadata missing or inconsistent.</summary>
        public const string Metadata = "SC0501";
        /// <summary>An id used twice.</summary>
        public const string Duplicate = "SC0502";
        /// <summary>A gold pair is inconsistent with its documents.</summary>
        public const string Gold = "SC0503";
        /// <summary>Training used what it must not.</summary>
        public const string Training = "SC0504";
        /// <summary>A notification is malformed.</summary>
        public const string Notification = "SC0505";
        /// <summary>The corpus is too large.</summary>
        public const string Size = "SC0506";
    }
}
