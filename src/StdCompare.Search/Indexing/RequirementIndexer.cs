using System.Collections.Immutable;
using System.Text.Json;
using Lucene.Net.Documents;
using StdCompare.Requirements;
using StdCompare.Terminology;

namespace StdCompare.Search.Indexing;

/// <summary>
/// Indexes a clause's requirements as data: parameter keys, absent-parameter keys, and upper and lower bounds
/// in the canonical unit as sortable terms <c>key|Dimension|value</c> in <see cref="SearchFields.RequirementMax"/>
/// and <see cref="SearchFields.RequirementMin"/>; and stores them as JSON for the hits.
/// </summary>
public static class RequirementIndexer
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>Adds the requirement fields of <paramref name="requirements"/> to <paramref name="document"/>.</summary>
    public static void Add(Document document, ImmutableArray<Requirement> requirements, string language, TerminologyBase terminology)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (requirements.IsDefaultOrEmpty)
        {
            return;
        }

        var records = new List<RequirementRecord>(requirements.Length);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var r in requirements)
        {
            var keys = ParameterKeys.Resolve(r.Parameter, language, terminology);
            var canonicalUnit = r.Unit.Dimension == Dimension.None ? r.Unit : Units.Canonical(r.Unit.Dimension);
            records.Add(new RequirementRecord(
                r.Parameter, keys, r.Op.ToSymbol(), r.Value, r.Min, r.Max, r.Unit.Symbol,
                r.CanonicalValue is { } cv ? SortableNumbers.Round(cv) : null, canonicalUnit.Symbol, r.Condition));
            var (min, max) = Bounds(r);
            foreach (var key in keys)
            {
                AddOnce(document, seen, SearchFields.RequirementParameter, key);
                if (r.Op == RequirementOperator.Absent)
                {
                    AddOnce(document, seen, SearchFields.RequirementAbsent, key);
                }

                var prefix = BoundPrefix(key, r.Unit.Dimension);
                if (max is { } hi)
                {
                    AddOnce(document, seen, SearchFields.RequirementMax, prefix + SortableNumbers.Encode(hi));
                }

                if (min is { } lo)
                {
                    AddOnce(document, seen, SearchFields.RequirementMin, prefix + SortableNumbers.Encode(lo));
                }
            }
        }

        document.Add(new StoredField(SearchFields.RequirementsJson, JsonSerializer.Serialize(records, Json)));
    }

    /// <summary>Reads the stored requirements of a hit.</summary>
    public static ImmutableArray<RequirementRecord> Read(string? json)
        => string.IsNullOrEmpty(json) ? [] : [.. JsonSerializer.Deserialize<List<RequirementRecord>>(json, Json) ?? []];

    /// <summary>The term prefix of bounds on a parameter in a dimension.</summary>
    public static string BoundPrefix(string key, Dimension dimension) => key + "|" + dimension.ToString() + "|";

    /// <summary>The lower and upper bound a requirement sets, in the canonical unit.</summary>
    public static (double? Min, double? Max) Bounds(Requirement requirement)
    {
        ArgumentNullException.ThrowIfNull(requirement);
        var unit = requirement.Unit;
        double? C(double? v) => v is { } x ? unit.ToCanonical(x) : null;
        return requirement.Op switch
        {
            RequirementOperator.LessOrEqual or RequirementOperator.Less => (null, C(requirement.Value)),
            RequirementOperator.GreaterOrEqual or RequirementOperator.Greater => (C(requirement.Value), null),
            RequirementOperator.Equal => (C(requirement.Value), C(requirement.Value)),
            RequirementOperator.Range => (C(requirement.Min), C(requirement.Max)),
            _ => (null, null),
        };
    }

    private static void AddOnce(Document document, HashSet<string> seen, string field, string value)
    {
        if (seen.Add(field + "\u0001" + value))
        {
            document.Add(new KeywordField(field, value, Field.Store.NO));
        }
    }
}
