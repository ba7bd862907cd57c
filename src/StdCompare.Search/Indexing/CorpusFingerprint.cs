using System.Security.Cryptography;
using System.Text;

namespace StdCompare.Search.Indexing;

/// <summary>
/// A hash of the corpus files an index was built from (relative paths and contents, with the schema version):
/// when it changes, the corpus documents are re-indexed; users' documents stay.
/// </summary>
public static class CorpusFingerprint
{
    /// <summary>The fingerprint of <paramref name="files"/> (paths under <paramref name="root"/>), in ordinal order.</summary>
    public static string Compute(string root, IEnumerable<string> files)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(files);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes("schema " + SearchSchema.Version + "\n"));
        foreach (var file in files.Select(Path.GetFullPath).Distinct(StringComparer.Ordinal).OrderBy(f => Path.GetRelativePath(root, f).Replace('\\', '/'), StringComparer.Ordinal))
        {
            if (!File.Exists(file))
            {
                continue;
            }

            hash.AppendData(Encoding.UTF8.GetBytes(Path.GetRelativePath(root, file).Replace('\\', '/') + "\n"));
            hash.AppendData(File.ReadAllBytes(file));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset())[..32];
    }
}
