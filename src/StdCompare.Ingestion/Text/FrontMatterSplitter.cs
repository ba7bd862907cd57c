using StdCompare.Diagnostics;
using StdCompare.Documents;
using StdCompare.Ingestion.FrontMatter;
using StdCompare.Ingestion.Structure;

namespace StdCompare.Ingestion.Text;

/// <summary>Splits a YAML front-matter block off the start of a list of lines.</summary>
internal static class FrontMatterSplitter
{
    /// <summary>Metadata from the block (empty metadata when there is none) and the index of the first body line.</summary>
    public static (StandardMetadata Metadata, int BodyStart) Split(IReadOnlyList<SourceLine> lines, string file, List<Diagnostic> diagnostics)
    {
        var first = 0;
        while (first < lines.Count && lines[first].Text.Trim().Length == 0)
        {
            first++;
        }

        if (first >= lines.Count || lines[first].Text.Trim() != FrontMatterParser.Fence)
        {
            return (new StandardMetadata(), 0);
        }

        for (var end = first + 1; end < lines.Count; end++)
        {
            if (lines[end].Text.Trim() == FrontMatterParser.Fence)
            {
                var block = lines.Skip(first + 1).Take(end - first - 1).Select(l => l.Text).ToList();
                var values = FrontMatterParser.Parse(block, lines[first].Location.Line + 1, file, diagnostics);
                return (MetadataBuilder.Build(values, file, diagnostics), end + 1);
            }
        }

        diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.BadFrontMatter, "front matter starts with '---' but is never closed; it was read as text", file, lines[first].Location));
        return (new StandardMetadata(), 0);
    }
}
