using System.Collections.Immutable;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using StdCompare.Search.Analysis;
using StdCompare.Search.Indexing;
using StdCompare.Search.Querying;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace StdCompare.Search;

/// <summary>
/// The Lucene.Net index of standards and clauses. Open it for reading (any number of processes; a newer commit
/// by a writer is picked up within <see cref="SearchLimits.RefreshInterval"/>) or for writing (one process: the
/// write lock; a second writer gets "index is locked by process N"). Searches go through a
/// <see cref="SearcherManager"/>. Commits are atomic: killed at any moment, the index opens at its last commit.
/// </summary>
public sealed partial class LuceneSearchIndex : ISearchIndexWriter
{
    private readonly LuceneDirectory _directory;
    private readonly string? _path;
    private readonly IndexWriter? _writer;
    private readonly SearcherManager _searchers;
    private readonly SearchAnalyzers _analyzers;
    private readonly DocumentMapper _mapper;
    private readonly DocumentMapper _preparer;
    private readonly QueryPlanner _planner;
    private readonly IndexLockFile? _lock;
    private long _lastRefresh;
    private volatile bool _dirty;
    private bool _disposed;

    private LuceneSearchIndex(LuceneDirectory directory, string? path, bool write, SearchIndexOptions options)
    {
        _directory = directory;
        _path = path;
        _analyzers = new SearchAnalyzers();
        _mapper = new DocumentMapper(options.Terminology);
        _preparer = new DocumentMapper(options.Terminology, _analyzers);
        _planner = new QueryPlanner(_analyzers, options.Terminology, options.Dictionary);
        Options = options;
        var factory = new SimilaritySearcherFactory();
        if (write)
        {
            if (path is not null)
            {
                _lock = IndexLockFile.TryAcquire(path);
                if (_lock is null)
                {
                    _analyzers.Dispose();
                    throw Locked(path, null);
                }
            }

            var config = new IndexWriterConfig(SearchSchema.Lucene, _analyzers.PerField)
            {
                OpenMode = OpenMode.CREATE_OR_APPEND,
                RAMBufferSizeMB = options.WriterBufferMb,
                Similarity = new CoordBM25Similarity(),
            };
            try
            {
                _writer = new IndexWriter(directory, config);
            }
            catch (LockObtainFailedException e)
            {
                _lock?.Dispose();
                _analyzers.Dispose();
                throw Locked(path, e);
            }

            _searchers = new SearcherManager(_writer, true, factory);
        }
        else
        {
            _searchers = new SearcherManager(directory, factory);
        }

        _lastRefresh = Environment.TickCount64;
    }

    /// <summary>The options it was opened with.</summary>
    public SearchIndexOptions Options { get; }

    /// <summary>The folder of the index, or null in memory.</summary>
    public string? Path => _path;

    /// <summary>True when opened for writing.</summary>
    public bool IsWriter => _writer is not null;

    /// <summary>Opens an existing index for searching; throws <see cref="SearchException"/> when there is none.</summary>
    public static LuceneSearchIndex OpenReader(string path, SearchIndexOptions options)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(options);
        var dir = FSDirectory.Open(path);
        if (!DirectoryReader.IndexExists(dir))
        {
            dir.Dispose();
            throw new SearchException(SearchErrorCodes.IndexMissing, $"there is no search index at {path} (run 'stdcompare index --rebuild')");
        }

        return new LuceneSearchIndex(dir, path, write: false, options);
    }

    /// <summary>Opens (or creates) an index for writing; throws <see cref="SearchException"/> naming the process that holds it.</summary>
    public static LuceneSearchIndex OpenWriter(string path, SearchIndexOptions options)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(options);
        System.IO.Directory.CreateDirectory(path);
        var dir = FSDirectory.Open(path);
        try
        {
            return new LuceneSearchIndex(dir, path, write: true, options);
        }
        catch
        {
            dir.Dispose();
            throw;
        }
    }

    /// <summary>A writable index in memory (tests, the candidate source, benchmarks).</summary>
    public static LuceneSearchIndex CreateInMemory(SearchIndexOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new LuceneSearchIndex(new RAMDirectory(), null, write: true, options);
    }

    /// <summary>True when <paramref name="path"/> holds a committed index.</summary>
    public static bool Exists(string path)
    {
        if (!System.IO.Directory.Exists(path))
        {
            return false;
        }

        using var dir = FSDirectory.Open(path);
        return DirectoryReader.IndexExists(dir);
    }

    /// <summary>The user data of the last commit at <paramref name="path"/>, without taking any lock; null when there is no index.</summary>
    public static ImmutableSortedDictionary<string, string>? ReadCommitData(string path)
    {
        if (!System.IO.Directory.Exists(path))
        {
            return null;
        }

        using var dir = FSDirectory.Open(path);
        if (!DirectoryReader.IndexExists(dir))
        {
            return null;
        }

        var infos = new SegmentInfos();
        infos.Read(dir);
        return infos.UserData.ToImmutableSortedDictionary(StringComparer.Ordinal);
    }

    /// <summary>Runs Lucene's CheckIndex on the last commit at <paramref name="path"/>; true when clean.</summary>
    public static bool Check(string path, TextWriter? log = null)
    {
        using var dir = FSDirectory.Open(path);
        var checker = new CheckIndex(dir);
        if (log is not null)
        {
            checker.InfoStream = log;
        }

        var status = checker.DoCheckIndex();
        return status.Clean;
    }

    /// <summary>The process that holds the write lock of <paramref name="path"/>, as its pid file says.</summary>
    public static int? LockHolder(string path) => IndexLockFile.Holder(path);

    /// <inheritdoc />
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _searchers.Dispose();
        if (_writer is not null)
        {
            if (_dirty)
            {
                // Never commit by accident on the way out: uncommitted changes are dropped.
                _writer.Rollback();
            }
            else
            {
                _writer.Dispose();
            }

            _lock?.Dispose();
        }

        _directory.Dispose();
        _analyzers.Dispose();
    }

    private static SearchException Locked(string? path, Exception? e)
    {
        var holder = path is null ? null : IndexLockFile.Holder(path);
        var who = holder is { } pid ? $"process {pid}" : "another process";
        return new SearchException(SearchErrorCodes.Locked,
            $"index is locked by {who}: {path} is being written (an 'stdcompare index' or a first search building it); wait for it to finish and try again", e);
    }

    private IndexWriter Writer => _writer ?? throw new InvalidOperationException("The index was opened for reading only.");

    private sealed class SimilaritySearcherFactory : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader)
            => new(reader) { Similarity = new CoordBM25Similarity() };
    }
}
