using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Lucene.Net.Index;
using Lucene.Net.Search;
using StdCompare.Requirements;
using StdCompare.Search.Analysis;
using StdCompare.Search.Indexing;
using StdCompare.Terminology;

namespace StdCompare.Search.Querying;

/// <summary>
/// A requirement query: <c>lead&lt;=0.1mg/kg</c>, <c>铅≤0.1 mg/kg</c>, <c>cetane number &gt;= 51</c>,
/// <c>salmonella absent</c>, or a parameter alone. <c>&lt;=</c> finds clauses whose upper limit on the parameter
/// is at most the value, in any unit of the same dimension (100 µg/kg for 0.1 mg/kg), and clauses that require
/// the parameter to be absent.
/// </summary>
/// <param name="Parameter">The parameter as written.</param>
/// <param name="Keys">Its normalised keys (<see cref="ParameterKeys"/>).</param>
/// <param name="Op">The operator, or null for "any requirement on the parameter".</param>
/// <param name="Value">The value in <paramref name="Unit"/>.</param>
/// <param name="Unit">The unit (<see cref="Unit.None"/> for a bare number).</param>
public sealed partial record RequirementQuery(string Parameter, ImmutableArray<string> Keys, RequirementOperator? Op, double? Value, Unit Unit)
{
    /// <summary>The value in the canonical unit.</summary>
    public double? CanonicalValue => Value is { } v ? SortableNumbers.Round(Unit.ToCanonical(v)) : null;

    /// <summary>Reads a requirement query; throws <see cref="SearchException"/> with a clear message when it is not one.</summary>
    public static RequirementQuery Parse(string text, TerminologyBase terminology)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(terminology);
        var s = TextNormalizer.Normalize(text).Trim();
        if (s.Length == 0)
        {
            throw new SearchException(SearchErrorCodes.Requirement, "the requirement is empty (write e.g. 'lead<=0.1mg/kg')");
        }

        if (s.Length > SearchLimits.MaxQueryLength)
        {
            throw new SearchException(SearchErrorCodes.TooLong, $"the requirement is longer than {SearchLimits.MaxQueryLength} characters");
        }

        var m = Bound().Match(s);
        if (m.Success)
        {
            var parameter = m.Groups["p"].Value.Trim();
            if (!RequirementOperators.TryParse(m.Groups["op"].Value, out var op))
            {
                throw new SearchException(SearchErrorCodes.Requirement, $"'{m.Groups["op"].Value}' is not an operator (use <=, <, >=, >, =)");
            }

            var number = ProtectedSpans.NormalizeNumber(m.Groups["v"].Value);
            if (!double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                throw new SearchException(SearchErrorCodes.Requirement, $"'{m.Groups["v"].Value}' is not a number");
            }

            var unitText = m.Groups["u"].Value.Trim();
            var unit = Unit.None;
            if (unitText.Length > 0 && !Units.TryGet(unitText, out unit))
            {
                throw new SearchException(SearchErrorCodes.Requirement, $"'{unitText}' is not a unit StdCompare knows (e.g. mg/kg, µg/kg, mg/L, %, °C, kPa)");
            }

            return Create(parameter, op, value, unit ?? Unit.None, terminology);
        }

        var absent = Absent().Match(s);
        if (absent.Success)
        {
            return Create(absent.Groups["p"].Value.Trim(), RequirementOperator.Absent, null, Unit.None, terminology);
        }

        if (s.IndexOfAny(['<', '>', '=', '≤', '≥']) >= 0)
        {
            throw new SearchException(SearchErrorCodes.Requirement, $"cannot read the requirement '{text}': write PARAMETER OPERATOR VALUE [UNIT], e.g. 'lead<=0.1mg/kg'");
        }

        return Create(s, null, null, Unit.None, terminology);
    }

    /// <summary>Finds requirement queries written inside a query (<c>rice lead ≤ 0.1 mg/kg</c>) and returns the rest of the text.</summary>
    public static (string Remaining, List<string> Found) Extract(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var found = new List<string>();
        var rest = Inline().Replace(query, m =>
        {
            found.Add(m.Value.Trim());
            return " ";
        });
        return (rest.Trim(), found);
    }

    /// <summary>The Lucene query: any of the keys satisfies the bound.</summary>
    public Query ToQuery()
    {
        var any = new BooleanQuery();
        foreach (var key in Keys)
        {
            foreach (var q in KeyQueries(key))
            {
                any.Add(q, Occur.SHOULD);
            }
        }

        return new ConstantScoreQuery(any);
    }

    /// <summary><c>lead (food.lead) &lt;= 0.1 mg/kg</c>.</summary>
    public override string ToString()
    {
        var keys = string.Join(", ", Keys);
        var head = $"{Parameter} ({keys})";
        return Op switch
        {
            null => head,
            RequirementOperator.Absent => head + " absent",
            _ => string.Create(CultureInfo.InvariantCulture, $"{head} {Op.Value.ToSymbol()} {Value}{(Unit.Symbol.Length > 0 ? " " + Unit.Symbol : "")}"),
        };
    }

    private IEnumerable<Query> KeyQueries(string key)
    {
        var prefix = RequirementIndexer.BoundPrefix(key, Unit.Dimension);
        var v = CanonicalValue is { } c ? SortableNumbers.Encode(c) : null;
        switch (Op)
        {
            case null:
                yield return new TermQuery(new Term(SearchFields.RequirementParameter, key));
                break;
            case RequirementOperator.Absent:
                yield return new TermQuery(new Term(SearchFields.RequirementAbsent, key));
                break;
            case RequirementOperator.LessOrEqual or RequirementOperator.Less:
                yield return TermRangeQuery.NewStringRange(SearchFields.RequirementMax, prefix + SortableNumbers.Lowest, prefix + v, true, Op == RequirementOperator.LessOrEqual);
                yield return new TermQuery(new Term(SearchFields.RequirementAbsent, key));
                break;
            case RequirementOperator.GreaterOrEqual or RequirementOperator.Greater:
                yield return TermRangeQuery.NewStringRange(SearchFields.RequirementMin, prefix + v, prefix + SortableNumbers.Highest, Op == RequirementOperator.GreaterOrEqual, true);
                break;
            default:
                var value = CanonicalValue ?? 0;
                var tolerance = Math.Abs(value) * SearchLimits.EqualTolerance;
                var lo = prefix + SortableNumbers.Encode(value - tolerance);
                var hi = prefix + SortableNumbers.Encode(value + tolerance);
                yield return TermRangeQuery.NewStringRange(SearchFields.RequirementMax, lo, hi, true, true);
                yield return TermRangeQuery.NewStringRange(SearchFields.RequirementMin, lo, hi, true, true);
                break;
        }
    }

    private static RequirementQuery Create(string parameter, RequirementOperator? op, double? value, Unit unit, TerminologyBase terminology)
    {
        if (parameter.Length == 0)
        {
            throw new SearchException(SearchErrorCodes.Requirement, "the requirement names no parameter (write e.g. 'lead<=0.1mg/kg')");
        }

        var language = AnalysisProfiles.LanguagesOf(AnalysisProfiles.ScriptOf(parameter))[0];
        var keys = ParameterKeys.Resolve(parameter, language, terminology);
        if (keys.IsEmpty)
        {
            throw new SearchException(SearchErrorCodes.Requirement, $"'{parameter}' is not a parameter StdCompare can read");
        }

        return new RequirementQuery(parameter, keys, op, value, unit);
    }

    [GeneratedRegex(@"^(?<p>.+?)\s*(?<op><=|>=|=<|=>|≤|≥|==|<|>|=)\s*(?<v>[-+]?\d+(?:[.,]\d+)?(?:[eE][-+]?\d+)?)\s*(?<u>.*)$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Bound();

    [GeneratedRegex(@"^(?<p>.+?)\s+(?:absent|not detected|不得检出|не допускается|불검출|検出しない|検出されない)$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase)]
    private static partial Regex Absent();

    [GeneratedRegex(@"(?<![\p{L}\p{N}])[\p{L}\p{M}][\p{L}\p{M}\p{N}\-]*\s*(?:<=|>=|≤|≥|<|>)\s*\d+(?:[.,]\d+)?(?:\s*(?:[\p{L}%°µμ][\p{L}%°µμ/()^\d]*))?", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Inline();
}
