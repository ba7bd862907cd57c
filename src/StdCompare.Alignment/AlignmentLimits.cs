namespace StdCompare.Alignment;

/// <summary>
/// Bounds and defaults of the alignment pipeline, in one place. Every bound keeps time and memory linear in
/// the number of clauses: no step compares all pairs of two documents.
/// </summary>
public static class AlignmentLimits
{
    /// <summary>Candidates each source proposes per clause and direction. The gold links of the corpus sit within the first 6 for 99 % of clauses.</summary>
    public const int CandidatesPerClause = 12;

    /// <summary>Most candidate pairs kept per clause of the larger side after merging all sources and expansions.</summary>
    public const int MaxCandidatesPerClause = 40;

    /// <summary>Most clauses of one document aligned. A standard runs to a few thousand; beyond this the rest is left unmatched with a warning.</summary>
    public const int MaxClauses = 50_000;

    /// <summary>Most characters of one clause read for features; the rest of a very long clause adds little and costs much.</summary>
    public const int MaxClauseChars = 20_000;

    /// <summary>Most correspondences a document may declare for the standards it refers to (a GB lists a few dozen); the rest are not read.</summary>
    public const int MaxDeclaredCorrespondences = 2_000;

    /// <summary>A token that occurs in more than this share of the indexed clauses is not used to retrieve candidates (it is still a feature).</summary>
    public const double MaxPostingShare = 0.05;

    /// <summary>Floor of the posting cap: in small documents every token may retrieve.</summary>
    public const int MinPostingCap = 32;

    /// <summary>Ceiling of the posting cap: bounds the work per query in very large documents.</summary>
    public const int MaxPostingCap = 400;

    /// <summary>Most query tokens (the rarest) used per clause when retrieving candidates.</summary>
    public const int MaxQueryTokens = 32;

    /// <summary>Clauses on either side of the proportional position proposed by the structure source.</summary>
    public const int PositionWindow = 2;

    /// <summary>Children of a clause paired with the children of an anchored counterpart; larger families add only their first ones.</summary>
    public const int MaxChildrenExpanded = 12;

    /// <summary>Rows scored by the model per batch: bounds the memory of one <c>Transform</c>.</summary>
    public const int ScoringBatch = 65_536;

    /// <summary>Clause count above which progress is written while aligning.</summary>
    public const int ProgressThreshold = 2_000;

    /// <summary>Longest Chinese word looked up in CC-CEDICT when glossing.</summary>
    public const int MaxGlossWordLength = 6;

    /// <summary>Glosses kept per Chinese word (the first are the common senses).</summary>
    public const int MaxGlossesPerWord = 4;
}
