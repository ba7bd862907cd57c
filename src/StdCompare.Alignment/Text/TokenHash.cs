namespace StdCompare.Alignment.Text;

/// <summary>
/// Tokens as 64-bit hashes (FNV-1a over the view's tag and the characters): profiles of different documents
/// share no vocabulary object, and comparing two bags is a merge of sorted numbers. Collisions among the few
/// thousand tokens of two standards are negligible at 64 bits.
/// </summary>
internal static class TokenHash
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    /// <summary>Hash of <paramref name="token"/> in view <paramref name="view"/>.</summary>
    public static ulong Of(char view, ReadOnlySpan<char> token)
    {
        var h = Offset;
        h = (h ^ view) * Prime;
        foreach (var c in token)
        {
            h = (h ^ (c & 0xFFu)) * Prime;
            h = (h ^ (uint)(c >> 8)) * Prime;
        }

        return h;
    }

    /// <summary>Hash of a two-character token.</summary>
    public static ulong Of(char view, char a, char b)
    {
        Span<char> s = [a, b];
        return Of(view, s);
    }
}
