using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Lucene.Net.Documents;
using Lucene.Net.Util;
using StdCompare.Documents;
using StdCompare.Search.Analysis;
using StdCompare.Terminology;

namespace StdCompare.Search.Indexing;

/// <summary>
/// Turns a standard into Lucene documents: one for the standard (titles, headings, scope) and one per clause,
/// each with the standard's metadata, its text in the fields of its language's profiles, whole tokens,
/// concept ids and requirements. Thread-safe.
/// </summary>
public sealed class DocumentMapper
{
    /// <summary>Id of the scope clause, whose text the standard's own document carries.</summary>
    public const string ScopeClauseId = "1";

    private readonly TerminologyBase _terminology;
    private readonly SearchAnalyzers? _analyzers;

    /// <summary>
    /// Creates a mapper that finds concepts and normalises parameters with <paramref name="terminology"/>; with
    /// <paramref name="analyzers"/>, text fields are analysed while mapping (on the caller's thread) rather than by the writer.
    /// </summary>
    public DocumentMapper(TerminologyBase terminology, SearchAnalyzers? analyzers = null)
    {
        ArgumentNullException.ThrowIfNull(terminology);
        _terminology = terminology;
        _analyzers = analyzers;
    }

    /// <summary>The standard's identity in the index (<see cref="ProtectedSpans.Identity"/>).</summary>
    public static string IdentityOf(StandardMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        return ProtectedSpans.Identity(metadata.Id);
    }

    /// <summary>The standard's document followed by one document per clause.</summary>
    public IEnumerable<Document> Map(StandardDocument standard, string origin)
    {
        ArgumentNullException.ThrowIfNull(standard);
        var metadata = standard.Metadata;
        var identity = IdentityOf(metadata);
        var language = metadata.Language;
        var context = TitleConcepts(metadata);
        var forms = ProtectedSpans.DesignationForms(metadata.Id);
        yield return MapStandard(metadata, forms, origin, standard.SourcePath, standard.Clauses);
        for (var i = 0; i < standard.Clauses.Length; i++)
        {
            var clause = standard.Clauses[i];
            var doc = new Document();
            AddMetadata(doc, metadata, forms, identity, SearchFields.ClauseLevel, identity + "#" + clause.Id, origin, standard.SourcePath);
            doc.Add(new KeywordField(SearchFields.Clause, clause.Id, Field.Store.YES));
            doc.Add(new StoredField(SearchFields.ClauseOrder, i));
            doc.Add(new StoredField(SearchFields.Line, clause.Location.Line));
            if (clause.Heading.Length > 0)
            {
                doc.Add(new StoredField(SearchFields.Heading, clause.Heading));
            }

            var text = clause.FullText;
            doc.Add(new StoredField(SearchFields.Body, text));
            AddText(doc, language, text);
            AddConcepts(doc, language, text);
            foreach (var id in context)
            {
                doc.Add(new KeywordField(SearchFields.StandardConcepts, id, Field.Store.NO));
            }

            RequirementIndexer.Add(doc, clause.Requirements, language, _terminology);
            yield return doc;
        }
    }

    /// <summary>The document of a catalogue entry: a standard known by its metadata only.</summary>
    public Document MapCatalogueEntry(StandardMetadata metadata, string origin)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        return MapStandard(metadata, ProtectedSpans.DesignationForms(metadata.Id), origin, "", []);
    }

    private Document MapStandard(StandardMetadata metadata, ImmutableArray<string> forms, string origin, string source, IReadOnlyList<Clause> clauses)
    {
        var identity = IdentityOf(metadata);
        var doc = new Document();
        AddMetadata(doc, metadata, forms, identity, SearchFields.StandardLevel, identity, origin, source);
        var text = new StringBuilder(metadata.Title);
        foreach (var clause in clauses)
        {
            if (clause.Heading.Length > 0)
            {
                text.Append('\n').Append(clause.Heading);
            }

            if (string.Equals(clause.Id, ScopeClauseId, StringComparison.Ordinal))
            {
                text.Append('\n').Append(clause.Text);
            }
        }

        var body = metadata.TitleEn.Length > 0 && !string.Equals(metadata.Language, "en", StringComparison.Ordinal)
            ? metadata.Title + "\n" + metadata.TitleEn
            : metadata.Title;
        doc.Add(new StoredField(SearchFields.Body, body));
        var all = text.ToString();
        AddText(doc, metadata.Language, all);
        if (metadata.TitleEn.Length > 0 && !string.Equals(metadata.Language, "en", StringComparison.Ordinal))
        {
            doc.Add(Text(SearchFields.Text(AnalysisProfile.English), _analyzers?.For(AnalysisProfile.English), metadata.TitleEn));
            doc.Add(Text(SearchFields.Keywords, _analyzers?.Keywords, metadata.TitleEn));
            all += "\n" + metadata.TitleEn;
        }

        AddConcepts(doc, metadata.Language, all);
        foreach (var id in TitleConcepts(metadata))
        {
            doc.Add(new KeywordField(SearchFields.StandardConcepts, id, Field.Store.NO));
        }

        return doc;
    }

    /// <summary>The concepts of a standard's titles: what its clauses are about even when they do not say it.</summary>
    private HashSet<string> TitleConcepts(StandardMetadata metadata)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var m in _terminology.Matcher.Match(metadata.Title, metadata.Language))
        {
            ids.Add(m.ConceptId);
        }

        foreach (var m in _terminology.Matcher.Match(metadata.TitleEn, "en"))
        {
            ids.Add(m.ConceptId);
        }

        return ids;
    }

    private TextField Text(string field, Lucene.Net.Analysis.Analyzer? analyzer, string text)
        => _analyzers is null || analyzer is null
            ? new TextField(field, text, Field.Store.NO)
            : new TextField(field, PreAnalyzedTokenStream.Analyze(analyzer, field, text));

    private void AddConcepts(Document doc, string language, string text)
    {
        var concepts = _terminology.Matcher.Match(text, language);
        if (concepts.Count == 0)
        {
            return;
        }

        // Repeated ids count as term frequency.
        doc.Add(Text(SearchFields.Concepts, _analyzers?.Concepts, string.Join(' ', concepts.Select(c => c.ConceptId))));
    }

    private void AddText(Document doc, string language, string text)
    {
        foreach (var profile in AnalysisProfiles.ForLanguage(language))
        {
            doc.Add(Text(SearchFields.Text(profile), _analyzers?.For(profile), text));
        }

        doc.Add(Text(SearchFields.Keywords, _analyzers?.Keywords, text));
    }

    /// <param name="forms">The designation's forms (<see cref="ProtectedSpans.DesignationForms"/>), parsed once per standard.</param>
    private static void AddMetadata(Document doc, StandardMetadata m, ImmutableArray<string> forms, string identity, string level, string uid, string origin, string source)
    {
        doc.Add(new KeywordField(SearchFields.Level, level, Field.Store.YES));
        doc.Add(new KeywordField(SearchFields.Uid, uid, Field.Store.YES));
        doc.Add(new KeywordField(SearchFields.Identity, identity, Field.Store.YES));
        doc.Add(new StoredField(SearchFields.DesignationText, m.Id));
        foreach (var form in forms)
        {
            doc.Add(new KeywordField(SearchFields.Designation, form, Field.Store.NO));
        }

        if (m.Title.Length > 0)
        {
            doc.Add(new StoredField(SearchFields.Title, m.Title));
        }

        if (m.TitleEn.Length > 0)
        {
            doc.Add(new StoredField(SearchFields.TitleEn, m.TitleEn));
        }

        Keyword(doc, SearchFields.Language, m.Language.ToLowerInvariant(), facet: true);
        Keyword(doc, SearchFields.Jurisdiction, m.Jurisdiction.ToUpperInvariant(), facet: true);
        Keyword(doc, SearchFields.IssuingBody, m.Body.ToUpperInvariant(), facet: true);
        Keyword(doc, SearchFields.Kind, m.Kind.ToLowerInvariant(), facet: false);
        foreach (var industry in m.Industries.Distinct(StringComparer.OrdinalIgnoreCase))
        {
            Keyword(doc, SearchFields.Industry, industry.ToLowerInvariant(), facet: true);
        }

        foreach (var ics in m.Ics.Distinct(StringComparer.Ordinal))
        {
            Keyword(doc, SearchFields.Ics, ics.Trim(), facet: false);
        }

        foreach (var hs in m.Hs.Distinct(StringComparer.Ordinal))
        {
            Keyword(doc, SearchFields.Hs, NormalizeHs(hs), facet: false);
        }

        doc.Add(new NumberField(SearchFields.Published, DateNumber(m.Published), Field.Store.YES));
        doc.Add(new NumberField(SearchFields.Effective, DateNumber(m.Effective ?? m.Published), Field.Store.YES));
        doc.Add(new NumberField(SearchFields.Withdrawn, m.Withdrawn is { } w ? DateNumber(w) : SearchLimits.NotWithdrawn, Field.Store.YES));
        if (m.Adopts is { } adoption)
        {
            doc.Add(new KeywordField(SearchFields.Adopts, ProtectedSpans.Identity(adoption.Id), Field.Store.NO));
            doc.Add(new StoredField(SearchFields.AdoptsText, adoption.Id));
            doc.Add(new KeywordField(SearchFields.AdoptionDegree, adoption.Degree.ToString(), Field.Store.YES));
        }

        foreach (var replaced in m.Replaces)
        {
            doc.Add(new KeywordField(SearchFields.Replaces, ProtectedSpans.Identity(replaced), Field.Store.YES));
        }

        Keyword(doc, SearchFields.Provenance, m.Provenance.Length > 0 ? m.Provenance : Provenance.User, facet: false);
        doc.Add(new KeywordField(SearchFields.Origin, origin, Field.Store.YES));
        if (source.Length > 0)
        {
            doc.Add(new StoredField(SearchFields.Source, source));
        }
    }

    /// <summary>HS code without dots or spaces.</summary>
    public static string NormalizeHs(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return code.Replace(".", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal).Trim();
    }

    /// <summary>yyyymmdd, or 0 for no date.</summary>
    public static int DateNumber(DateOnly? date) => date is { } d ? (d.Year * 10000) + (d.Month * 100) + d.Day : 0;

    /// <summary>The date of a yyyymmdd number, or null for 0 and <see cref="SearchLimits.NotWithdrawn"/>.</summary>
    public static DateOnly? DateOf(int number)
        => number is 0 or SearchLimits.NotWithdrawn ? null : new DateOnly(number / 10000, number / 100 % 100, number % 100);

    private static void Keyword(Document doc, string field, string value, bool facet)
    {
        if (value.Length == 0)
        {
            return;
        }

        doc.Add(new KeywordField(field, value, Field.Store.YES));
        if (facet)
        {
            doc.Add(new SortedSetDocValuesField(SearchFields.Facet(field), new BytesRef(value)));
        }
    }

    /// <summary>For messages: a date as yyyy-MM-dd.</summary>
    public static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
