using System.Collections.Immutable;
using StdCompare.Diagnostics;
using StdCompare.Documents;
using StdCompare.Requirements;

namespace StdCompare.Ingestion.Structure;

/// <summary>A clause while its lines are still being read.</summary>
internal sealed class ClauseDraft(string id, int level, string heading, SourceLocation location)
{
    public string Id { get; } = id;

    public string Heading { get; set; } = heading;

    public List<string> Lines { get; } = [];

    public List<TableDraft> Tables { get; } = [];

    public Clause Build(string language)
    {
        var text = string.Join("\n", Lines);
        var tables = Tables.Where(t => t.Rows.Count > 0).Select(t => t.Build()).ToImmutableArray();
        var requirements = ImmutableArray.CreateBuilder<Requirement>();
        var scanned = Heading.Length > 0 ? Heading + "\n" + text : text;
        requirements.AddRange(RequirementParser.Parse(scanned, language, location));
        foreach (var table in tables)
        {
            requirements.AddRange(TableRequirementReader.Read(table, language));
        }

        return new Clause(Id, level, Heading, text, tables, requirements.ToImmutable(), location);
    }
}

/// <summary>A table while its rows are still being read.</summary>
internal sealed class TableDraft(string caption, SourceLocation location)
{
    public List<ImmutableArray<string>> Rows { get; } = [];

    public Table Build() => new(caption, [.. Rows], location);
}
