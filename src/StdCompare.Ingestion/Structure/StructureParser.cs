using System.Collections.Immutable;
using System.Globalization;
using StdCompare.Diagnostics;
using StdCompare.Documents;

namespace StdCompare.Ingestion.Structure;

/// <summary>
/// Reads the clause structure of docs/standard-text.md from lines: foreword and introduction,
/// numbered clauses, annexes, tables, and the text that belongs to each. Every reader (text, HTML, PDF)
/// reduces its input to lines and ends here.
/// </summary>
public static class StructureParser
{
    /// <summary>The result: completed metadata and clauses.</summary>
    public sealed record Result(StandardMetadata Metadata, ImmutableArray<Clause> Clauses);

    /// <summary>Parses <paramref name="lines"/> (the body after any front matter).</summary>
    public static Result Parse(
        IReadOnlyList<SourceLine> lines,
        StandardMetadata metadata,
        string file,
        List<Diagnostic> diagnostics,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(metadata);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var state = new State(file, diagnostics);
        for (var i = 0; i < lines.Count; i++)
        {
            if ((i & 1023) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            state.Add(lines[i]);
        }

        state.CloseTable();
        state.DropEmptyBareClause();
        var language = metadata.Language.Length > 0 ? metadata.Language : LanguageGuesser.Guess(string.Join("\n", lines.Take(400).Select(l => l.Text)));

        var (coverId, coverTitle) = CoverReader.Read(state.Preamble);
        if (metadata.Id.Length == 0 && coverId.Length > 0)
        {
            metadata = metadata with { Id = coverId };
        }

        if (metadata.Title.Length == 0 && coverTitle.Length > 0)
        {
            metadata = metadata with { Title = coverTitle };
        }

        metadata = MetadataInference.Complete(metadata, language);
        if (metadata.Id.Length == 0)
        {
            diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.NoDesignation, "no designation found in front matter or on the first lines", file));
        }

        var drafts = state.Clauses;
        if (drafts.Count == 0)
        {
            drafts = Paragraphs(lines);
            if (drafts.Count > 0)
            {
                diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.NoClauses, "no numbered clauses found; the text was read as paragraphs p1, p2, …", file));
            }
        }

        var clauses = drafts.Select(d => d.Build(metadata.Language)).ToImmutableArray();
        return new Result(metadata, clauses);
    }

    /// <summary>Paragraphs separated by blank lines, for text without numbered clauses.</summary>
    private static List<ClauseDraft> Paragraphs(IReadOnlyList<SourceLine> lines)
    {
        var result = new List<ClauseDraft>();
        ClauseDraft? current = null;
        foreach (var line in lines)
        {
            var text = TextNormalizer.Normalize(line.Text).Trim();
            if (text.Length == 0)
            {
                current = null;
                continue;
            }

            if (current is null)
            {
                current = new ClauseDraft("p" + (result.Count + 1).ToString(CultureInfo.InvariantCulture), 1, "", line.Location);
                result.Add(current);
            }

            current.Lines.Add(line.IsTableRow ? text.Replace(SourceLine.CellSeparator.ToString(), " | ", StringComparison.Ordinal) : text);
        }

        return result;
    }

    private sealed class State(string file, List<Diagnostic> diagnostics)
    {
        private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
        private ClauseDraft? _current;
        private TableDraft? _table;
        private int[]? _previous;
        private char? _annex;
        private int[]? _annexPrevious;
        private int[]? _zeroPrevious;
        private bool _numbered;
        private bool _awaitingHeading;
        private (ClauseDraft Draft, int[]? Body, int[]? Annex)? _bareUndo;

        public List<ClauseDraft> Clauses { get; } = [];

        public List<string> Preamble { get; } = [];

        public void Add(SourceLine line)
        {
            var marked = line.IsHeading;
            var text = TextNormalizer.Normalize(line.Text).Trim();
            if (text.StartsWith('#'))
            {
                text = text.TrimStart('#').Trim();
                marked = true;
            }

            if (text.StartsWith("**", StringComparison.Ordinal) && text.EndsWith("**", StringComparison.Ordinal) && text.Length > 4)
            {
                text = text[2..^2].Trim();
            }

            if (text.Length == 0)
            {
                if (_table is { Rows.Count: > 0 })
                {
                    CloseTable();
                }

                return;
            }

            if (line.IsTableRow)
            {
                AddRow(text.Split(SourceLine.CellSeparator).Select(c => c.Trim()), line.Location);
                return;
            }

            if (_table is not null)
            {
                if (LinePatterns.MarkdownRule().IsMatch(text))
                {
                    return;
                }

                var cells = SplitCells(text);
                if (cells.Length >= 2 && !LinePatterns.TableCaption().IsMatch(text))
                {
                    AddRow(cells, line.Location);
                    return;
                }

                CloseTable();
            }

            if (TryStartUnnumbered(text, line.Location) || TryStartAnnex(text, line.Location) || TryStartClause(text, marked, line.Location))
            {
                return;
            }

            if (LinePatterns.TableCaption().IsMatch(text) && _current is not null)
            {
                _current.Lines.Add(text);
                _table = new TableDraft(text, line.Location);
                _current.Tables.Add(_table);
                return;
            }

            if (text.StartsWith('|') && _current is not null && SplitCells(text).Length >= 2)
            {
                _table = new TableDraft("", line.Location);
                _current.Tables.Add(_table);
                AddRow(SplitCells(text), line.Location);
                return;
            }

            if (_current is null)
            {
                Preamble.Add(text);
            }
            else if (_awaitingHeading && _current.Heading.Length == 0 && _current.Lines.Count == 0 && HeadingRule.IsHeading(text, false))
            {
                _current.Heading = text;
                _awaitingHeading = false;
            }
            else
            {
                _current.Lines.Add(text);
                _awaitingHeading = false;
            }
        }

        public void CloseTable() => _table = null;

        private void AddRow(IEnumerable<string> cells, SourceLocation location)
        {
            if (_table is null)
            {
                if (_current is null)
                {
                    return;
                }

                _table = new TableDraft("", location);
                _current.Tables.Add(_table);
            }

            _table.Rows.Add([.. cells]);
        }

        private static string[] SplitCells(string text)
        {
            var t = text.Trim();
            if (t.StartsWith('|'))
            {
                t = t[1..];
            }

            if (t.EndsWith('|'))
            {
                t = t[..^1];
            }

            return LinePatterns.CellSeparator().Split(t.Trim()).Select(c => c.Trim()).ToArray();
        }

        private bool TryStartUnnumbered(string text, SourceLocation location)
        {
            if (_numbered || _annex is not null)
            {
                return false;
            }

            var compact = text.TrimEnd(':', '：').Trim();
            string? id = null;
            if (LinePatterns.Foreword.Contains(compact, StringComparer.Ordinal) || LinePatterns.Foreword.Contains(compact.Replace(" ", "", StringComparison.Ordinal), StringComparer.Ordinal))
            {
                id = Clause.ForewordId;
            }
            else if (LinePatterns.Introduction.Contains(compact, StringComparer.Ordinal) || LinePatterns.Introduction.Contains(compact.Replace(" ", "", StringComparison.Ordinal), StringComparer.Ordinal))
            {
                id = Clause.IntroductionId;
            }

            if (id is null || _ids.Contains(id))
            {
                return false;
            }

            Start(id, 1, compact, location);
            return true;
        }

        private bool TryStartAnnex(string text, SourceLocation location)
        {
            var m = LinePatterns.Annex().Match(text);
            if (!m.Success || ContinuesASentence(m.Groups["rest"].Value))
            {
                return false;
            }

            var letter = LinePatterns.LatinLookalike(m.Groups["letter"].Value[0]);
            var id = letter.ToString();
            if (_ids.Contains(id))
            {
                return false;
            }

            _annex = letter;
            _annexPrevious = null;
            Start(id, 1, text, location);
            return true;
        }

        /// <summary>
        /// True when what follows an annex letter continues a sentence that cites the annex rather than heading it:
        /// a case ending (<c>Хавсралт А-д заасан …</c>, "given in Annex A"), a lower-case word (<c>Annex A gives …</c>) or
        /// a comma. A heading goes on with its kind in brackets, a dash, a full stop or its capitalised title.
        /// </summary>
        private static bool ContinuesASentence(string rest)
            => rest.Length > 0 && (char.IsLower(rest[0]) || rest[0] is ',' or ';' or '，' or '、'
                || (rest[0] is '-' && rest.Length > 1 && char.IsLetter(rest[1])));

        /// <summary>True when <paramref name="num"/> has two or more segments and continues the body or annex numbering.</summary>
        private bool IsNextSubclause(string num)
        {
            if (char.IsLetter(num[0]))
            {
                return _annex == LinePatterns.LatinLookalike(num[0]) && ClauseNumber.Segments(num[2..]) is { } annexSegments
                    && ClauseNumber.CanFollow(_annexPrevious, annexSegments);
            }

            return _annex is null && _previous is not null && ClauseNumber.Segments(num) is { Length: >= 2 } segments
                && ClauseNumber.CanFollow(_previous, segments);
        }

        private bool TryStartClause(string text, bool marked, SourceLocation location)
        {
            var m = LinePatterns.Clause().Match(text);
            if (!m.Success)
            {
                return false;
            }

            var rest = m.Groups["rest"].Value.Trim();
            if (LinePatterns.StartsWithQuantity(rest) && !IsNextSubclause(m.Groups["num"].Value))
            {
                // "10 g of the test sample …", "25 g样品中 …": a wrapped line that starts with a quantity.
                // A dotted number that continues the numbering ("3.10 V类视镜" after 3.9) is a clause.
                return false;
            }

            var num = m.Groups["num"].Value;
            var previousBody = _previous;
            var previousAnnex = _annexPrevious;
            DropEmptyBareClause();
            int[]? segments;
            if (char.IsLetter(num[0]))
            {
                var letter = LinePatterns.LatinLookalike(num[0]);
                if (_annex is { } current && current != letter)
                {
                    return false;
                }

                segments = ClauseNumber.Segments(num[2..]);
                if (segments is null || !ClauseNumber.CanFollow(_annexPrevious, segments))
                {
                    return false;
                }

                _annex = letter;
                _annexPrevious = segments;
                num = letter + num[1..];
            }
            else
            {
                segments = ClauseNumber.Segments(num);
                if (segments is { Length: >= 2 } && segments[0] == 0 && !_numbered && _annex is null)
                {
                    // ISO introductions number their subclauses 0.1, 0.2 …
                    if (!(_zeroPrevious is null ? segments.Skip(1).All(s => s is >= 1 and <= ClauseNumber.MaxFirst) : ClauseNumber.CanFollow(_zeroPrevious, segments)))
                    {
                        return false;
                    }

                    _zeroPrevious = segments;
                    Start(num, ClauseNumber.Level(num), HeadingRule.IsHeading(rest, marked) ? rest : "", location);
                    if (!HeadingRule.IsHeading(rest, marked))
                    {
                        _current!.Lines.Add(rest);
                    }

                    return true;
                }

                if (_annex is not null || segments is null || !ClauseNumber.CanFollow(_previous, segments))
                {
                    if (segments is not null && _annex is null && _ids.Contains(num) && rest.Length > 0 && HeadingRule.IsHeading(rest, marked))
                    {
                        // A repeated number with a heading: report it, keep both.
                        StartNumbered(num, rest, marked, location, previousBody, previousAnnex);
                        return true;
                    }

                    return false;
                }

                _previous = segments;
            }

            StartNumbered(num, rest, marked, location, previousBody, previousAnnex);
            return true;
        }

        private void StartNumbered(string num, string rest, bool marked, SourceLocation location, int[]? previousBody = null, int[]? previousAnnex = null)
        {
            _numbered = true;
            var isHeading = HeadingRule.IsHeading(rest, marked);
            Start(num, ClauseNumber.Level(num), isHeading ? rest : "", location);
            if (!isHeading)
            {
                _current!.Lines.Add(rest);
            }

            // ISO prints terms as "3.1" / "main root" / "definition …": the next line is the heading.
            _awaitingHeading = rest.Length == 0;
            _bareUndo = _awaitingHeading ? (_current!, previousBody, previousAnnex) : null;
        }

        /// <summary>Drops a bare number that got neither heading nor text (a stray page or table number).</summary>
        public void DropEmptyBareClause()
        {
            if (_bareUndo is { } undo && ReferenceEquals(undo.Draft, _current) && undo.Draft.Heading.Length == 0 && undo.Draft.Lines.Count == 0 && undo.Draft.Tables.Count == 0)
            {
                Clauses.Remove(undo.Draft);
                _ids.Remove(undo.Draft.Id);
                _previous = undo.Body;
                _annexPrevious = undo.Annex;
                _current = Clauses.Count > 0 ? Clauses[^1] : null;
            }

            _bareUndo = null;
        }

        private void Start(string id, int level, string heading, SourceLocation location)
        {
            CloseTable();
            _awaitingHeading = false;
            var unique = id;
            if (!_ids.Add(unique))
            {
                var n = 2;
                while (!_ids.Add(unique = id + "~" + n.ToString(CultureInfo.InvariantCulture)))
                {
                    n++;
                }

                diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.DuplicateClauseId, $"clause {id} occurs again; this one is kept as {unique}", file, location));
            }

            _current = new ClauseDraft(unique, level, heading, location);
            Clauses.Add(_current);
        }
    }
}
