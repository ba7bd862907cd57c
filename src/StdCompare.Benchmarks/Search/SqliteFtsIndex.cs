using System.Diagnostics;
using System.Text;
using Microsoft.Data.Sqlite;
using StdCompare.Documents;

namespace StdCompare.Benchmarks.Search;

/// <summary>
/// The embedded alternative a user might pick: SQLite FTS5 with the trigram tokenizer (language-independent
/// substring matching). Query words of three characters or more go to MATCH (ranked by bm25); shorter words
/// (two-character Chinese and Korean words) can only be found with LIKE, which FTS5 answers by a scan.
/// </summary>
public sealed class SqliteFtsIndex : IDisposable
{
    private readonly SqliteConnection _connection;

    /// <summary>Opens or creates the database at <paramref name="path"/> (":memory:" for memory).</summary>
    public SqliteFtsIndex(string path)
    {
        _connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate }.ToString());
        _connection.Open();
        Execute("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA temp_store=MEMORY; PRAGMA cache_size=-262144;");
        Execute("CREATE VIRTUAL TABLE IF NOT EXISTS clauses USING fts5(body, standard UNINDEXED, clause UNINDEXED, language UNINDEXED, jurisdiction UNINDEXED, tokenize='trigram');");
    }

    /// <summary>Adds documents in one transaction.</summary>
    public int Add(IEnumerable<StandardDocument> documents)
    {
        using var tx = _connection.BeginTransaction();
        using var insert = _connection.CreateCommand();
        insert.Transaction = tx;
        insert.CommandText = "INSERT INTO clauses(body, standard, clause, language, jurisdiction) VALUES ($b, $s, $c, $l, $j)";
        var b = insert.Parameters.Add("$b", SqliteType.Text);
        var s = insert.Parameters.Add("$s", SqliteType.Text);
        var c = insert.Parameters.Add("$c", SqliteType.Text);
        var l = insert.Parameters.Add("$l", SqliteType.Text);
        var j = insert.Parameters.Add("$j", SqliteType.Text);
        insert.Prepare();
        var n = 0;
        foreach (var d in documents)
        {
            foreach (var clause in d.Clauses)
            {
                b.Value = clause.FullText;
                s.Value = d.Id;
                c.Value = clause.Id;
                l.Value = d.Metadata.Language;
                j.Value = d.Metadata.Jurisdiction;
                insert.ExecuteNonQuery();
                n++;
            }
        }

        tx.Commit();
        return n;
    }

    /// <summary>Top <paramref name="top"/> (standard, clause) for a query, with a snippet, optionally in some jurisdictions.</summary>
    public List<(string Standard, string Clause, string Snippet)> Search(string query, int top, IReadOnlyList<string>? jurisdictions = null)
    {
        var words = query.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var longWords = words.Where(w => w.EnumerateRunes().Count() >= 3).ToList();
        var shortWords = words.Where(w => w.EnumerateRunes().Count() < 3).ToList();
        using var cmd = _connection.CreateCommand();
        var filter = new StringBuilder();
        if (jurisdictions is { Count: > 0 })
        {
            filter.Append(" AND jurisdiction IN (");
            for (var i = 0; i < jurisdictions.Count; i++)
            {
                filter.Append(i > 0 ? "," : "").Append("$j").Append(i);
                cmd.Parameters.AddWithValue("$j" + i, jurisdictions[i]);
            }

            filter.Append(')');
        }

        var parts = new List<string>();
        if (longWords.Count > 0)
        {
            parts.Add("SELECT standard, clause, snippet(clauses, 0, '**', '**', '…', 16) AS snip, bm25(clauses) AS score FROM clauses WHERE clauses MATCH $m" + filter);
            cmd.Parameters.AddWithValue("$m", string.Join(" OR ", longWords.Select(w => "\"" + w.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"")));
        }

        if (shortWords.Count > 0)
        {
            var likes = string.Join(" OR ", shortWords.Select((_, i) => "body LIKE $p" + i));
            for (var i = 0; i < shortWords.Count; i++)
            {
                cmd.Parameters.AddWithValue("$p" + i, "%" + shortWords[i] + "%");
            }

            parts.Add("SELECT standard, clause, substr(body, 1, 64) AS snip, 0.0 AS score FROM clauses WHERE (" + likes + ")" + filter);
        }

        if (parts.Count == 0)
        {
            return [];
        }

        cmd.CommandText = string.Join(" UNION ALL ", parts) + " ORDER BY score LIMIT $top";
        cmd.Parameters.AddWithValue("$top", top);
        var result = new List<(string, string, string)>();
        using var reader = cmd.ExecuteReader();
        while (reader.Read())
        {
            result.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2)));
        }

        return result;
    }

    /// <summary>Size of the database file(s).</summary>
    public static long SizeOf(string path)
        => new[] { path, path + "-wal", path + "-shm" }.Where(File.Exists).Sum(f => new FileInfo(f).Length);

    /// <summary>Checkpoints the write-ahead log into the database.</summary>
    public void Checkpoint() => Execute("PRAGMA wal_checkpoint(TRUNCATE);");

    /// <inheritdoc />
    public void Dispose() => _connection.Dispose();

    private void Execute(string sql)
    {
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    /// <summary>Times an action.</summary>
    public static double Time(Action action)
    {
        var w = Stopwatch.StartNew();
        action();
        return w.Elapsed.TotalMilliseconds;
    }
}
