namespace StdCompare.Search;

/// <summary>
/// The names of the index's fields, in one place. Each Lucene document is a standard (<see cref="Level"/> =
/// <c>standard</c>) or one of its clauses (<c>clause</c>); clauses carry their standard's metadata so that
/// filters apply to both.
/// </summary>
public static class SearchFields
{
    /// <summary><c>standard</c> or <c>clause</c>.</summary>
    public const string Level = "level";

    /// <summary>Unique id of the Lucene document: the standard's identity, plus <c>#clause</c> for a clause.</summary>
    public const string Uid = "uid";

    /// <summary>The standard's identity (normalised designation with year); documents are replaced and removed by it.</summary>
    public const string Identity = "std";

    /// <summary>Designation forms, lower case without spaces: <c>gb/t19001:2016</c>, <c>gb/t19001</c>, <c>19001</c>.</summary>
    public const string Designation = "designation";

    /// <summary>The designation as printed (stored).</summary>
    public const string DesignationText = "designation_text";

    /// <summary>Clause id as printed (<c>4.2.1</c>), stored.</summary>
    public const string Clause = "clause";

    /// <summary>Position of the clause in its document, stored, for stable ordering.</summary>
    public const string ClauseOrder = "clause_order";

    /// <summary>Clause heading, stored.</summary>
    public const string Heading = "heading";

    /// <summary>Clause text with tables (or, for a standard, its titles), stored for snippets.</summary>
    public const string Body = "body_text";

    /// <summary>Title in the document's language, stored.</summary>
    public const string Title = "title";

    /// <summary>English title, stored.</summary>
    public const string TitleEn = "title_en";

    /// <summary>Analysed text: <c>text.</c> + an <see cref="Analysis.AnalysisProfile"/> name.</summary>
    public const string TextPrefix = "text.";

    /// <summary>Whole tokens: quantities (<c>0.5mg/kg</c>), designations, chemical names, codes.</summary>
    public const string Keywords = "kw";

    /// <summary>Ids of the terminology concepts found in the text (language-independent tokens).</summary>
    public const string Concepts = "concept";

    /// <summary>Ids of the concepts of the standard's titles, on the standard and each of its clauses (context).</summary>
    public const string StandardConcepts = "std_concept";

    /// <summary>Language tag (<c>zh</c>).</summary>
    public const string Language = "language";

    /// <summary>Jurisdiction (<c>CN</c>, <c>CN-22</c>, <c>KR</c>).</summary>
    public const string Jurisdiction = "jurisdiction";

    /// <summary>Issuing body (<c>SAC</c>).</summary>
    public const string IssuingBody = "body";

    /// <summary>mandatory, recommended, technical-regulation, guide.</summary>
    public const string Kind = "kind";

    /// <summary>Industries (multi-valued).</summary>
    public const string Industry = "industry";

    /// <summary>ICS codes as written (<c>65.020.20</c>), prefix-searchable.</summary>
    public const string Ics = "ics";

    /// <summary>HS codes without dots (<c>121120</c>), prefix-searchable.</summary>
    public const string Hs = "hs";

    /// <summary>Publication date, yyyymmdd as an integer (0 when unknown).</summary>
    public const string Published = "published";

    /// <summary>Date in force (effective, else published), yyyymmdd (0 when unknown).</summary>
    public const string Effective = "effective";

    /// <summary>Date withdrawn, yyyymmdd, or <see cref="SearchLimits.NotWithdrawn"/>.</summary>
    public const string Withdrawn = "withdrawn";

    /// <summary>Adopted standard's identity (<c>iso19610:2017</c>).</summary>
    public const string Adopts = "adopts";

    /// <summary>Adopted standard's designation as written (stored).</summary>
    public const string AdoptsText = "adopts_text";

    /// <summary>Degree of the adoption: IDT, MOD, NEQ.</summary>
    public const string AdoptionDegree = "adoption_degree";

    /// <summary>Designations this standard replaces (identity forms).</summary>
    public const string Replaces = "replaces";

    /// <summary>sample, source, synthetic or user.</summary>
    public const string Provenance = "provenance";

    /// <summary><see cref="IndexOrigin.Corpus"/> or <see cref="IndexOrigin.User"/>.</summary>
    public const string Origin = "origin";

    /// <summary>The file the document was read from (stored).</summary>
    public const string Source = "source";

    /// <summary>Line of the clause in its file (stored).</summary>
    public const string Line = "line";

    /// <summary>Requirements of the clause as JSON (stored).</summary>
    public const string RequirementsJson = "requirements";

    /// <summary>Parameter keys of the clause's requirements (concept ids or <c>p:</c> + normalised text).</summary>
    public const string RequirementParameter = "rq.param";

    /// <summary>Parameter keys of requirements that the parameter be absent (not detected).</summary>
    public const string RequirementAbsent = "rq.absent";

    /// <summary>Upper bounds in the canonical unit, as sortable terms <c>key|Dimension|value</c> (see <see cref="Indexing.SortableNumbers"/>).</summary>
    public const string RequirementMax = "rq.max";

    /// <summary>Lower bounds in the canonical unit, as sortable terms <c>key|Dimension|value</c>.</summary>
    public const string RequirementMin = "rq.min";

    /// <summary>Prefix of facet doc-values fields.</summary>
    public const string FacetPrefix = "facet.";

    /// <summary>The facets every search counts, with the field each reads.</summary>
    public static readonly IReadOnlyList<string> FacetFields = [Jurisdiction, Language, Industry, IssuingBody];

    /// <summary>Level value of a standard document.</summary>
    public const string StandardLevel = "standard";

    /// <summary>Level value of a clause document.</summary>
    public const string ClauseLevel = "clause";

    /// <summary>The analysed text field of a profile.</summary>
    public static string Text(Analysis.AnalysisProfile profile) => TextPrefix + Analysis.AnalysisProfiles.Name(profile);

    /// <summary>The doc-values field a facet is counted from.</summary>
    public static string Facet(string field) => FacetPrefix + field;
}
