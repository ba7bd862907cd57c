using System.Globalization;

namespace StdCompare.Search;

/// <summary>
/// The write lock of an index folder, between processes: <c>stdcompare.lock</c> opened exclusively (an
/// <c>flock</c> on Linux and macOS, a share-mode lock on Windows), released by the operating system when its
/// process dies, even by kill -9. Lucene.Net's own native lock does not exclude another process on Linux, so
/// this one is taken first. Beside it, <c>write.lock.pid</c> says which process holds it, so that a second
/// writer can tell the user which process to wait for; a stale pid file is overwritten by the next writer.
/// </summary>
internal sealed class IndexLockFile : IDisposable
{
    /// <summary>The lock file.</summary>
    public const string LockName = "stdcompare.lock";

    /// <summary>The file naming the holder.</summary>
    public const string PidName = "write.lock.pid";

    private readonly FileStream _stream;
    private readonly string _folder;

    private IndexLockFile(FileStream stream, string folder)
    {
        _stream = stream;
        _folder = folder;
    }

    /// <summary>Takes the lock of <paramref name="folder"/>, or returns null when another process (or another writer here) holds it.</summary>
    public static IndexLockFile? TryAcquire(string folder)
    {
        FileStream stream;
        try
        {
            stream = new FileStream(Path.Combine(folder, LockName), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }

        File.WriteAllText(Path.Combine(folder, PidName), Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + "\n");
        return new IndexLockFile(stream, folder);
    }

    /// <summary>The process id written by the lock's holder, or null.</summary>
    public static int? Holder(string folder)
    {
        try
        {
            var text = File.ReadAllText(Path.Combine(folder, PidName)).Trim();
            return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var pid) ? pid : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        try
        {
            File.Delete(Path.Combine(_folder, PidName));
        }
        catch (IOException)
        {
            // Left behind: harmless, the next writer overwrites it.
        }

        _stream.Dispose();
    }
}
