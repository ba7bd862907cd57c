namespace StdCompare.Requirements;

/// <summary>How a requirement bounds its parameter.</summary>
public enum RequirementOperator
{
    /// <summary>At most (≤, 不大于, не более, 이하, 以下, max.).</summary>
    LessOrEqual,
    /// <summary>Below (&lt;, 小于, менее, 미만, 未満).</summary>
    Less,
    /// <summary>At least (≥, 不小于, не менее, 이상, 以上, min.).</summary>
    GreaterOrEqual,
    /// <summary>Above (&gt;, 大于, более, 초과).</summary>
    Greater,
    /// <summary>Exactly, or a nominal value.</summary>
    Equal,
    /// <summary>Between <c>Min</c> and <c>Max</c> ((20±2) ℃, 5～10).</summary>
    Range,
    /// <summary>Must not be detected (不得检出, not detected, не допускается).</summary>
    Absent,
}

/// <summary>The machine forms of <see cref="RequirementOperator"/> used in JSON and queries.</summary>
public static class RequirementOperators
{
    /// <summary><c>&lt;=</c>, <c>&lt;</c>, <c>&gt;=</c>, <c>&gt;</c>, <c>=</c>, <c>range</c>, <c>absent</c>.</summary>
    public static string ToSymbol(this RequirementOperator op) => op switch
    {
        RequirementOperator.LessOrEqual => "<=",
        RequirementOperator.Less => "<",
        RequirementOperator.GreaterOrEqual => ">=",
        RequirementOperator.Greater => ">",
        RequirementOperator.Equal => "=",
        RequirementOperator.Range => "range",
        RequirementOperator.Absent => "absent",
        _ => throw new ArgumentOutOfRangeException(nameof(op)),
    };

    /// <summary>Reads a machine form (also ≤ ≥).</summary>
    public static bool TryParse(string? symbol, out RequirementOperator op)
    {
        op = symbol switch
        {
            "<=" or "≤" or "=<" => RequirementOperator.LessOrEqual,
            "<" => RequirementOperator.Less,
            ">=" or "≥" or "=>" => RequirementOperator.GreaterOrEqual,
            ">" => RequirementOperator.Greater,
            "=" or "==" => RequirementOperator.Equal,
            "range" => RequirementOperator.Range,
            "absent" => RequirementOperator.Absent,
            _ => (RequirementOperator)(-1),
        };
        return (int)op >= 0;
    }
}
