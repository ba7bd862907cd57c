using StdCompare.Designations;
using StdCompare.Search;

namespace StdCompare.Cli.Commands;

/// <summary>
/// The standards a user added to the search index with <c>stdcompare index</c>, by designation and the file each
/// was read from, so that <c>compare</c> can name them as it names corpus documents. Read once, lazily, from the
/// index folder; no index (or an unreadable one) means no user standards.
/// </summary>
internal sealed class IndexedStandards
{
    private readonly string _indexPath;
    private IReadOnlyList<(string Designation, string Source)>? _standards;

    public IndexedStandards(string indexPath) => _indexPath = indexPath;

    /// <summary>The index folder looked in.</summary>
    public string IndexPath => _indexPath;

    /// <summary>The user standards whose designation is <paramref name="id"/> (as written, or any edition when it has no year).</summary>
    public IReadOnlyList<(string Designation, string Source)> Find(StandardId id)
    {
        return [.. Standards().Where(s => StandardId.TryParse(s.Designation, out var other)
            && (string.Equals(other.ToString(), id.ToString(), StringComparison.Ordinal) || (id.Year is null && other.SameStandardAs(id))))];
    }

    private IReadOnlyList<(string Designation, string Source)> Standards()
    {
        if (_standards is not null)
        {
            return _standards;
        }

        _standards = [];
        if (!LuceneSearchIndex.Exists(_indexPath))
        {
            return _standards;
        }

        try
        {
            using var index = LuceneSearchIndex.OpenReader(_indexPath, new SearchIndexOptions());
            _standards = [.. index.StandardsOf(IndexOrigin.User).Select(s => (s.Designation, s.Source))];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or Lucene.Net.Index.CorruptIndexException)
        {
            Infrastructure.CliConsole.Error($"warning: the index {_indexPath} could not be read ({e.Message}); looking among corpus documents only");
        }

        return _standards;
    }
}
