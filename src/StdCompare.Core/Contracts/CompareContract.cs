using System.Text.Json.Serialization;

namespace StdCompare.Contracts;

/// <summary>
/// The JSON form of a comparison: <c>stdcompare.compare/1</c> (docs/compare-json.md). The CLI and the web API
/// serialize it with <see cref="ContractJson"/>. Fields beyond the specification (<c>provenance</c>,
/// <c>warnings</c>) are additions the specification allows.
/// </summary>
/// <param name="Schema">Always <see cref="SchemaName"/>.</param>
/// <param name="Left">The standard the user starts from.</param>
/// <param name="Right">The standard compared against.</param>
/// <param name="Links">Corresponding clauses.</param>
/// <param name="Unmatched">Clauses without counterpart.</param>
/// <param name="Degree">The degree of correspondence of LEFT to RIGHT.</param>
/// <param name="Differences">What differs between linked clauses, and what exists on one side only.</param>
/// <param name="Barriers">What a product that meets LEFT may fail in the market of RIGHT.</param>
/// <param name="Provenance">Where the two texts come from; says when values are illustrative sample text.</param>
/// <param name="Warnings">What limited the result, if anything.</param>
public sealed record CompareContract(
    string Schema,
    CompareSideContract Left,
    CompareSideContract Right,
    IReadOnlyList<CompareLinkContract> Links,
    CompareUnmatchedContract Unmatched,
    CompareDegreeContract Degree,
    IReadOnlyList<CompareDifferenceContract> Differences,
    IReadOnlyList<CompareBarrierContract> Barriers,
    CompareProvenanceContract Provenance,
    IReadOnlyList<string>? Warnings = null)
{
    /// <summary>The schema name.</summary>
    public const string SchemaName = "stdcompare.compare/1";
}

/// <summary>One side of a comparison.</summary>
/// <param name="Id">The designation as printed.</param>
/// <param name="Title">The title in the document's language.</param>
/// <param name="Language">BCP 47 language tag.</param>
/// <param name="ClauseCount">Number of clauses.</param>
public sealed record CompareSideContract(string Id, string Title, string Language, int ClauseCount);

/// <summary>A link: every left clause corresponds to every right clause.</summary>
/// <param name="Left">Left clause ids.</param>
/// <param name="Right">Right clause ids.</param>
/// <param name="Score">Model score, 0 … 1.</param>
/// <param name="Relation"><c>equivalent</c>, <c>modified</c> or <c>related</c>.</param>
public sealed record CompareLinkContract(IReadOnlyList<string> Left, IReadOnlyList<string> Right, double Score, string Relation);

/// <summary>Clause ids without counterpart.</summary>
/// <param name="Left">Left-only clauses.</param>
/// <param name="Right">Right-only clauses.</param>
public sealed record CompareUnmatchedContract(IReadOnlyList<string> Left, IReadOnlyList<string> Right);

/// <summary>The degree of correspondence, computed from the links.</summary>
/// <param name="Value"><c>IDT</c>, <c>MOD</c> or <c>NEQ</c>.</param>
/// <param name="Confidence">0.5 … 1.</param>
/// <param name="Coverage">Share of the clauses of both sides that are linked.</param>
/// <param name="Reasons">What led to the value.</param>
/// <param name="Declared">The adoption one document declares of the other, reported beside the computed value.</param>
public sealed record CompareDegreeContract(string Value, double Confidence, double Coverage, IReadOnlyList<string> Reasons, CompareDeclaredDegreeContract? Declared = null);

/// <summary>A declared adoption (<c>adopts</c> in a document's metadata).</summary>
/// <param name="Adopts">The designation the document says it adopts.</param>
/// <param name="Value">The declared degree.</param>
public sealed record CompareDeclaredDegreeContract(string Adopts, string Value);

/// <summary>A bound: <c>op</c>, with a value or a range, and a unit.</summary>
/// <param name="Op"><c>&lt;=</c>, <c>&lt;</c>, <c>&gt;=</c>, <c>&gt;</c>, <c>=</c>, <c>range</c> or <c>absent</c>.</param>
/// <param name="Value">The value.</param>
/// <param name="Unit">The unit.</param>
/// <param name="Min">Lower end of a range.</param>
/// <param name="Max">Upper end of a range.</param>
public sealed record CompareValueContract(string Op, double? Value = null, string? Unit = null, double? Min = null, double? Max = null);

/// <summary>A difference between linked clauses, or a clause on one side only.</summary>
/// <param name="Kind"><c>limit</c>, <c>method</c>, <c>added</c>, <c>deleted</c>, <c>scope</c> or <c>editorial</c>.</param>
/// <param name="Left">The left clause id, or null.</param>
/// <param name="Right">The right clause id, or null.</param>
/// <param name="Parameter">The parameter of a limit.</param>
/// <param name="LeftValue">The left bound.</param>
/// <param name="RightValue">The right bound.</param>
/// <param name="Stricter"><c>left</c>, <c>right</c> or <c>equal</c>.</param>
/// <param name="Text">A description.</param>
public sealed record CompareDifferenceContract(
    string Kind,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Left,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Right,
    string? Parameter = null,
    CompareValueContract? LeftValue = null,
    CompareValueContract? RightValue = null,
    string? Stricter = null,
    string? Text = null);

/// <summary>A barrier: what a product meeting LEFT may fail in the market of RIGHT.</summary>
/// <param name="Type"><c>stricter-limit</c>, <c>extra-requirement</c>, <c>method</c>, <c>labelling</c> or <c>conformity</c>.</param>
/// <param name="Left">The left clause id, or null.</param>
/// <param name="Right">The right clause id, or null.</param>
/// <param name="Severity"><c>high</c>, <c>medium</c> or <c>low</c>.</param>
/// <param name="Parameter">The parameter, for limits.</param>
/// <param name="LeftValue">The left bound.</param>
/// <param name="RightValue">The right bound.</param>
/// <param name="Note">An explanation.</param>
public sealed record CompareBarrierContract(
    string Type,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Left,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Right,
    string Severity,
    string? Parameter = null,
    CompareValueContract? LeftValue = null,
    CompareValueContract? RightValue = null,
    string? Note = null);

/// <summary>Where the compared texts come from.</summary>
/// <param name="Left">The left document's provenance (<c>sample</c>, <c>source</c>, <c>synthetic</c>, <c>user</c>).</param>
/// <param name="Right">The right document's provenance.</param>
/// <param name="SampleText">True when either side is sample text: its values are illustrative, never a real standard's.</param>
/// <param name="Note">What that means for the reader, when either side is sample text.</param>
public sealed record CompareProvenanceContract(string Left, string Right, bool SampleText, string? Note = null)
{
    /// <summary>The note shown beside sample text, in every output format.</summary>
    public const string SampleNote = "sample text — values illustrative";
}
