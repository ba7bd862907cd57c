using System.Collections.Frozen;

namespace StdCompare.Designations;

/// <summary>
/// Classes of corresponding standards, so that a reference to <c>GB 2762</c> in a Chinese text and a reference to
/// <c>CXS 193</c> in a Codex text count as a reference to the same standard. Each class is named by one of its keys
/// (<see cref="Canonical"/>): an international one (ISO, IEC, Codex, UNECE) when the class has one, else the
/// ordinally first, so that a document's own declarations (national → international) agree with the other
/// document's plain international references. Immutable and thread-safe.
/// </summary>
public sealed class DesignationCorrespondences
{
    private readonly FrozenDictionary<string, string> _canonical;

    /// <summary>Builds the classes of <paramref name="correspondences"/> (transitively: A~B and B~C put A, B, C in one class).</summary>
    public DesignationCorrespondences(IEnumerable<DesignationCorrespondence> correspondences)
    {
        ArgumentNullException.ThrowIfNull(correspondences);
        Correspondences = [.. correspondences];
        var parent = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var c in Correspondences)
        {
            if (string.Equals(c.Left, c.Right, StringComparison.Ordinal))
            {
                continue;
            }

            var a = Find(parent, c.Left);
            var b = Find(parent, c.Right);
            if (!string.Equals(a, b, StringComparison.Ordinal))
            {
                parent[b] = a;
            }
        }

        var classes = parent.Keys.ToList().GroupBy(k => Find(parent, k), StringComparer.Ordinal);
        var canonical = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var members in classes)
        {
            var name = members.OrderBy(k => IsInternational(k) ? 0 : 1).ThenBy(k => k, StringComparer.Ordinal).First();
            foreach (var key in members)
            {
                if (!string.Equals(key, name, StringComparison.Ordinal))
                {
                    canonical[key] = name;
                }
            }
        }

        _canonical = canonical.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>No correspondences: every key names only itself.</summary>
    public static DesignationCorrespondences Empty { get; } = new([]);

    /// <summary>The correspondences the classes were built from, in the order given.</summary>
    public IReadOnlyList<DesignationCorrespondence> Correspondences { get; }

    /// <summary>The key that names the class of <paramref name="key"/>; <paramref name="key"/> itself when it corresponds to nothing.</summary>
    public string Canonical(string key) => _canonical.TryGetValue(key, out var name) ? name : key;

    /// <summary>These correspondences and <paramref name="more"/> (a document's own declarations); this instance when there are none.</summary>
    public DesignationCorrespondences With(IReadOnlyCollection<DesignationCorrespondence> more)
    {
        ArgumentNullException.ThrowIfNull(more);
        return more.Count == 0 ? this : new DesignationCorrespondences(Correspondences.Concat(more));
    }

    /// <summary>True for keys of international bodies: ISO, IEC, the Codex Alimentarius Commission, UNECE.</summary>
    public static bool IsInternational(string key)
        => StandardId.TryParse(key, out var id) && id.Body is "ISO" or "IEC" or "CAC" or "UNECE";

    private static string Find(Dictionary<string, string> parent, string key)
    {
        if (!parent.ContainsKey(key))
        {
            parent[key] = key;
            return key;
        }

        var root = key;
        while (!string.Equals(parent[root], root, StringComparison.Ordinal))
        {
            root = parent[root];
        }

        while (!string.Equals(key, root, StringComparison.Ordinal))
        {
            var next = parent[key];
            parent[key] = root;
            key = next;
        }

        return root;
    }
}
