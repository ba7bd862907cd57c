using System.Collections.Immutable;
using System.CommandLine;
using System.Globalization;
using System.Text;
using StdCompare.Cli.Infrastructure;
using StdCompare.Contracts;
using StdCompare.Documents;
using StdCompare.Search;
using StdCompare.Search.Contracts;
using StdCompare.Search.Indexing;
using StdCompare.Search.Querying;

namespace StdCompare.Cli.Commands;

/// <summary>
/// <c>stdcompare search QUERY [--jurisdiction J] [--lang L] [--industry I] [--ics P] [--hs P] [--as-of DATE]
/// [--requirement R] [--level standard|clause] [--top N] [--format json|md]</c>.
/// </summary>
public static class SearchCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var query = new Argument<string[]>("QUERY") { Description = "Words in any language, \"phrases\", AND/OR/NOT, designations (GB/T 19001), quantities (0.5 mg/kg)", Arity = ArgumentArity.ZeroOrMore };
        var jurisdiction = List("--jurisdiction", "Jurisdictions, e.g. CN KR JP (CN also finds CN-22)");
        var lang = List("--lang", "Languages, e.g. zh en ru ko ja mn");
        var industry = List("--industry", "Industries, e.g. ginseng automotive");
        var ics = List("--ics", "ICS code prefixes (65 finds 65.020.20)");
        var hs = List("--hs", "HS code prefixes (1211 or 12.11)");
        var body = List("--body", "Issuing bodies, e.g. SAC ISO GOST");
        var requirement = new Option<string[]>("--requirement") { Description = "Requirement queries, all must hold: \"lead<=0.1mg/kg\", \"sulfur<=10 mg/kg\", \"cetane>=51\"", AllowMultipleArgumentsPerToken = false };
        var asOf = new Option<string?>("--as-of") { Description = "Only standards in force on this date (yyyy-MM-dd); statuses are given as of it" };
        var level = new Option<string>("--level") { Description = "standard, clause or any", DefaultValueFactory = _ => "any" };
        level.AcceptOnlyFromAmong("any", "standard", "clause");
        var top = new Option<int>("--top") { Description = "Number of hits", DefaultValueFactory = _ => SearchLimits.DefaultTop };
        var noExpand = new Option<bool>("--no-expand") { Description = "Do not expand the query into other languages" };
        var format = Options.Format("json", "md");
        var index = IndexCommand.IndexOption();
        var command = new Command("search",
            "Search standards and clauses in every language of the index. The query is expanded through the terminology\n" +
            "base (and CC-CEDICT for Chinese and English), so words in one language find clauses in the others.\n" +
            "The first search builds the index from the embedded corpus.\n\n" +
            "Examples:\n  stdcompare search 人参 农药残留 --format md\n  stdcompare search rice --requirement \"lead<=0.1mg/kg\" --jurisdiction KR JP\n  stdcompare search \"GB/T 19001\" --level standard")
        {
            query, jurisdiction, lang, industry, ics, hs, body, requirement, asOf, level, top, noExpand, format, index,
        };
        command.SetAction(result =>
        {
            DateOnly? date = null;
            if (result.GetValue(asOf) is { Length: > 0 } text)
            {
                if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                {
                    CliConsole.Error($"--as-of '{text}' is not a date yyyy-MM-dd");
                    return ExitCodes.UsageError;
                }

                date = d;
            }

            var request = new SearchRequest
            {
                Query = string.Join(' ', result.GetValue(query) ?? []),
                Jurisdictions = Split(result.GetValue(jurisdiction)),
                Languages = Split(result.GetValue(lang)),
                Industries = Split(result.GetValue(industry)),
                Ics = Split(result.GetValue(ics)),
                Hs = Split(result.GetValue(hs)),
                Bodies = Split(result.GetValue(body)),
                Requirements = [.. result.GetValue(requirement) ?? []],
                AsOf = date,
                Level = result.GetRequiredValue(level) switch { "standard" => SearchLevel.Standard, "clause" => SearchLevel.Clause, _ => SearchLevel.Any },
                Top = result.GetValue(top),
                Expand = !result.GetValue(noExpand),
            };
            return Run(request, IndexCommand.IndexPath(result.GetValue(index)), result.GetRequiredValue(format));
        });
        return command;
    }

    private static Option<string[]> List(string name, string description)
        => new(name) { Description = description + "; several values separated by spaces or commas", AllowMultipleArgumentsPerToken = true };

    private static ImmutableArray<string> Split(string[]? values)
        => values is null ? [] : [.. values.SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))];

    private static int Run(SearchRequest request, string indexPath, string format)
    {
        if (request.Query.Trim().Length == 0 && request.Requirements.IsEmpty && request.Jurisdictions.IsEmpty && request.Languages.IsEmpty
            && request.Industries.IsEmpty && request.Ics.IsEmpty && request.Hs.IsEmpty && request.Bodies.IsEmpty)
        {
            CliConsole.Error("give a QUERY, a --requirement or a filter; see 'stdcompare search --help'");
            return ExitCodes.UsageError;
        }

        var corpusRoot = Workspace.FindCorpus();
        var terminology = IndexCommand.LoadTerminology(corpusRoot);
        try
        {
            IndexCommand.EnsureCurrent(indexPath, corpusRoot, terminology);
            var options = new SearchIndexOptions { Terminology = terminology, Dictionary = IndexCommand.LoadDictionary(corpusRoot) };
            using var index = LuceneSearchIndex.OpenReader(indexPath, options);
            var result = index.Search(request);
            CliConsole.Out(format == "md" ? Markdown(result) : ContractJson.Serialize(SearchContract.From(result)));
            return ExitCodes.Ok;
        }
        catch (SearchException e)
        {
            CliConsole.Error($"{e.Message} [{e.Code}]");
            return e.Code is SearchErrorCodes.Locked or SearchErrorCodes.IndexMissing ? ExitCodes.InputError : ExitCodes.UsageError;
        }
    }

    private static string Markdown(SearchResult r)
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"# Search: {r.Query}\n\n");
        if (!string.Equals(r.ExpandedQuery, r.Query, StringComparison.Ordinal))
        {
            sb.Append("Expanded: ").Append(r.ExpandedQuery).Append("\n\n");
        }

        foreach (var req in r.Requirements)
        {
            sb.Append("Requirement: ").Append(req).Append('\n');
        }

        sb.Append(CultureInfo.InvariantCulture, $"{r.Total} matching documents{(r.Partial ? " (time budget reached: partial)" : "")}, {r.ElapsedMs:0.0} ms.\n\n");
        var rank = 0;
        foreach (var h in r.Hits)
        {
            rank++;
            var where = h.Clause is null ? "" : $" {h.Clause}{(h.Heading is { Length: > 0 } head ? " " + head : "")}";
            sb.Append(CultureInfo.InvariantCulture, $"## {rank}. {h.Standard}{where}\n\n");
            sb.Append(CultureInfo.InvariantCulture, $"{h.Title} — {h.Jurisdiction}, {h.Language}, {h.Status}, score {h.Score:0.###}\n\n");
            if (h.Snippet.Length > 0)
            {
                sb.Append("> ").Append(h.Snippet).Append("\n\n");
            }

            foreach (var q in h.Requirements.Take(6))
            {
                var value = q.Op switch
                {
                    "absent" => "absent",
                    "range" => string.Create(CultureInfo.InvariantCulture, $"{q.Min}–{q.Max} {q.Unit}"),
                    _ => string.Create(CultureInfo.InvariantCulture, $"{q.Op} {q.Value} {q.Unit}"),
                };
                sb.Append(CultureInfo.InvariantCulture, $"- {q.Parameter}: {value.Trim()}\n");
            }

            if (h.Requirements.Length > 0)
            {
                sb.Append('\n');
            }

            if (h.Provenance == Provenance.Sample)
            {
                sb.Append("*sample text — values illustrative*\n\n");
            }
            else if (h.Provenance == Provenance.Synthetic)
            {
                sb.Append("*synthetic text — not a standard*\n\n");
            }
        }

        if (r.Facets.Count > 0)
        {
            sb.Append("Facets:\n");
            foreach (var (name, values) in r.Facets)
            {
                if (values.Length > 0)
                {
                    sb.Append(CultureInfo.InvariantCulture, $"- {name}: {string.Join(", ", values.Select(v => $"{v.Value} {v.Count}"))}\n");
                }
            }
        }

        return sb.ToString();
    }
}
