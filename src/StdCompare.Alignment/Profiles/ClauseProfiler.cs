using System.Runtime.CompilerServices;
using StdCompare.Alignment.Text;
using StdCompare.Designations;
using StdCompare.Documents;
using StdCompare.Terminology;

namespace StdCompare.Alignment.Profiles;

/// <summary>
/// Computes what alignment knows of a document (concepts, quantities, designations, Latin tokens, lexical
/// tokens, glosses, structure) once, clauses in parallel, and keeps it for as long as the document lives, so
/// candidate sources, features and decoding share one profile. Thread-safe.
/// </summary>
public sealed class ClauseProfiler
{
    private readonly ConditionalWeakTable<StandardDocument, DocumentProfile> _cache = [];
    private readonly ConceptMatcher? _matcher;
    private readonly LooseConceptMatcher? _loose;
    private readonly Glosser _glosser;
    private readonly DesignationCorrespondences _correspondences;

    /// <summary>Creates a profiler over the reference data.</summary>
    public ClauseProfiler(AlignmentResources resources)
    {
        ArgumentNullException.ThrowIfNull(resources);
        _matcher = resources.Terminology.Concepts.IsEmpty ? null : resources.Terminology.Matcher;
        _loose = resources.Terminology.Concepts.IsEmpty ? null : new LooseConceptMatcher(resources.Terminology);
        _glosser = new Glosser(resources.Dictionary);
        Terminology = resources.Terminology;
        _correspondences = resources.Correspondences;
    }

    /// <summary>The terminology base the profiler matches concepts with.</summary>
    internal TerminologyBase Terminology { get; }

    /// <summary>The profile of <paramref name="document"/>.</summary>
    internal DocumentProfile Get(StandardDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return _cache.GetValue(document, Build);
    }

    private DocumentProfile Build(StandardDocument document)
    {
        var clauses = document.Clauses;
        var count = Math.Min(clauses.Length, AlignmentLimits.MaxClauses);
        var language = document.Metadata.Language.Length > 0
            ? document.Metadata.Language
            : Scripts.GuessLanguage(clauses.Take(200).Select(c => c.FullText));
        var correspondences = _correspondences.With(Declared(document, count));
        var profiles = new ClauseProfile[count];
        var options = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount };
        Parallel.For(0, count, options, i => profiles[i] = BuildClause(clauses[i], i, language, correspondences));
        LinkStructure(profiles);
        SubtreeBags.Fill(profiles);
        return new DocumentProfile(document, language, profiles);
    }

    /// <summary>The correspondences the document declares for the standards it refers to (normative references, foreword).</summary>
    private static List<DesignationCorrespondence> Declared(StandardDocument document, int count)
    {
        var found = new List<DesignationCorrespondence>();
        for (var i = 0; i < count; i++)
        {
            var clause = document.Clauses[i];
            if (!NamesDegree(clause.Text) && !NamesDegree(clause.Heading))
            {
                continue;
            }

            var text = clause.FullText.Length > AlignmentLimits.MaxClauseChars ? clause.FullText[..AlignmentLimits.MaxClauseChars] : clause.FullText;
            found.AddRange(DeclaredCorrespondences.Read(TextNormalizer.Normalize(text), $"{document.Id} {clause.Id}"));
            if (found.Count >= AlignmentLimits.MaxDeclaredCorrespondences)
            {
                return found[..AlignmentLimits.MaxDeclaredCorrespondences];
            }
        }

        return found;
    }

    private static bool NamesDegree(string text)
        => text.Contains("IDT", StringComparison.Ordinal) || text.Contains("MOD", StringComparison.Ordinal) || text.Contains("NEQ", StringComparison.Ordinal);

    private ClauseProfile BuildClause(Clause clause, int index, string language, DesignationCorrespondences correspondences)
    {
        var full = clause.FullText;
        if (full.Length > AlignmentLimits.MaxClauseChars)
        {
            full = full[..AlignmentLimits.MaxClauseChars];
        }

        var text = TextNormalizer.Normalize(full);
        var heading = TextNormalizer.Normalize(clause.Heading);

        var concepts = ConceptBag(text, language);
        var looseConcepts = LooseBag(concepts, text, language);
        var headingConcepts = heading.Length > 0 ? ConceptBag(heading, language) : TokenBag.Empty;

        var (designationKeys, rest) = DesignationReader.Read(text);
        var designations = new TokenBagBuilder();
        foreach (var key in designationKeys)
        {
            designations.Add(TokenHash.Of(TokenViews.Designation, correspondences.Canonical(key)));
        }

        var quantities = new TokenBagBuilder();
        var dimensions = new TokenBagBuilder();
        var numbers = new TokenBagBuilder();
        foreach (var q in QuantityReader.Read(rest, language))
        {
            if (q.Unit is { } unit)
            {
                quantities.Add(TokenHash.Of(TokenViews.Quantity, q.Token));
                dimensions.Add(TokenHash.Of(TokenViews.Dimension, unit.Dimension.ToString()));
            }
            else if (q.Value >= 10 || q.Value != Math.Floor(q.Value))
            {
                numbers.Add(TokenHash.Of(TokenViews.Quantity, q.Token));
            }
        }

        var sink = new BagSink();
        LexicalReader.Read(rest, sink);
        var headingSink = new BagSink();
        if (heading.Length > 0)
        {
            LexicalReader.Read(heading, headingSink);
        }

        var glossWords = language == "zh" ? _glosser.Gloss(text) : [];
        var headingGlossWords = language == "zh" && heading.Length > 0 ? _glosser.Gloss(heading) : [];
        var glosses = new TokenBagBuilder();
        foreach (var word in glossWords)
        {
            foreach (var stem in word)
            {
                glosses.Add(stem);
            }
        }

        var quantityBag = quantities.Build();
        var designationBag = designations.Build();
        var latinBag = sink.LatinBag.Build();
        var independent = new TokenBagBuilder();
        independent.Add(looseConcepts);
        independent.Add(quantityBag);
        independent.Add(designationBag);
        independent.Add(latinBag);

        var length = 0;
        foreach (var c in text)
        {
            length += char.IsLetterOrDigit(c) ? 1 : 0;
        }

        return new ClauseProfile
        {
            Index = index,
            Id = clause.Id,
            Level = Math.Max(1, clause.Level),
            Number = ClauseNumber.Parse(clause.Id),
            Length = length,
            HasText = clause.Text.Trim().Length > 0 || !clause.Tables.IsDefaultOrEmpty,
            TableCount = clause.Tables.IsDefault ? 0 : clause.Tables.Length,
            TableRows = clause.Tables.IsDefault ? 0 : clause.Tables.Sum(t => t.Rows.IsDefault ? 0 : t.Rows.Length),
            TableColumns = clause.Tables.IsDefaultOrEmpty ? 0 : clause.Tables.Max(t => t.ColumnCount),
            Requirements = Requirements(clause, language),
            Concepts = concepts,
            LooseConcepts = looseConcepts,
            HeadingConcepts = headingConcepts,
            Quantities = quantityBag,
            Dimensions = dimensions.Build(),
            Numbers = numbers.Build(),
            Designations = designationBag,
            Latin = latinBag,
            Lexical = sink.LexicalBag.Build(),
            HeadingLexical = headingSink.LexicalBag.Build(),
            Han = sink.HanBag.Build(),
            Glosses = glosses.Build(),
            GlossWords = [.. glossWords],
            HeadingGlossWords = [.. headingGlossWords],
            Independent = independent.Build(),
        };
    }

    private TokenBag ConceptBag(string text, string language)
    {
        if (_matcher is null || text.Length == 0)
        {
            return TokenBag.Empty;
        }

        var bag = new TokenBagBuilder();
        foreach (var match in _matcher.Match(text, language))
        {
            bag.Add(TokenHash.Of(TokenViews.Concept, match.ConceptId));
        }

        return bag.Build();
    }

    private TokenBag LooseBag(TokenBag exact, string text, string language)
    {
        if (_loose is null || text.Length == 0 || !_loose.Covers(language))
        {
            return exact;
        }

        var bag = new TokenBagBuilder();
        bag.Add(exact);
        foreach (var concept in _loose.Match(text, language))
        {
            var id = TokenHash.Of(TokenViews.Concept, concept);
            if (!exact.Contains(id))
            {
                bag.Add(id);
            }
        }

        return bag.Build();
    }

    private RequirementKey[] Requirements(Clause clause, string language)
    {
        if (clause.Requirements.IsDefaultOrEmpty)
        {
            return [];
        }

        var result = new RequirementKey[clause.Requirements.Length];
        for (var i = 0; i < result.Length; i++)
        {
            var r = clause.Requirements[i];
            var concept = _matcher?.Match(r.Parameter, language) is { Count: > 0 } m ? m[0].ConceptId : null;
            var parameter = concept is not null
                ? TokenHash.Of(TokenViews.Concept, concept)
                : TokenHash.Of('p', TermKey.Normalize(r.Parameter));
            var value = r.Op == StdCompare.Requirements.RequirementOperator.Range ? r.Max ?? r.Value : r.Value;
            result[i] = new RequirementKey(parameter, r.Unit.Dimension, r.Op, value is { } v ? r.Unit.ToCanonical(v) : double.NaN);
        }

        return result;
    }

    /// <summary>Parents, children and relative positions, from the clause ids.</summary>
    private static void LinkStructure(ClauseProfile[] clauses)
    {
        var byId = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < clauses.Length; i++)
        {
            byId.TryAdd(clauses[i].Id, i);
        }

        var children = new List<int>[clauses.Length];
        var roots = new List<int>();
        for (var i = 0; i < clauses.Length; i++)
        {
            var id = clauses[i].Id;
            var parent = -1;
            for (var dot = id.LastIndexOf('.'); dot > 0; dot = id.LastIndexOf('.', dot - 1))
            {
                if (byId.TryGetValue(id[..dot], out var p) && p < i)
                {
                    parent = p;
                    break;
                }
            }

            clauses[i].Parent = parent;
            clauses[i].Position = clauses.Length <= 1 ? 0f : i / (float)(clauses.Length - 1);
            if (parent >= 0)
            {
                (children[parent] ??= []).Add(i);
            }
            else
            {
                roots.Add(i);
            }
        }

        for (var i = 0; i < clauses.Length; i++)
        {
            clauses[i].Children = children[i]?.ToArray() ?? [];
            SetSiblingPositions(clauses, clauses[i].Children);
        }

        SetSiblingPositions(clauses, roots);
    }

    private static void SetSiblingPositions(ClauseProfile[] clauses, IReadOnlyList<int> siblings)
    {
        for (var k = 0; k < siblings.Count; k++)
        {
            clauses[siblings[k]].SiblingPosition = siblings.Count <= 1 ? 0f : k / (float)(siblings.Count - 1);
        }
    }

    private sealed class BagSink : LexicalReader.ISink
    {
        public TokenBagBuilder LexicalBag { get; } = new();

        public TokenBagBuilder HanBag { get; } = new();

        public TokenBagBuilder LatinBag { get; } = new();

        public void Lexical(ulong token) => LexicalBag.Add(token);

        public void Han(ulong token) => HanBag.Add(token);

        public void Latin(ulong token) => LatinBag.Add(token);
    }
}
