using StdCompare.Designations;

namespace StdCompare.Alignment.Text;

/// <summary>Finds the designations a clause refers to (<c>GB 5009.12</c>, <c>ISO 780</c>, <c>ГОСТ 26927</c>) and blanks them out of the text, so that their numbers are not read as quantities.</summary>
internal static class DesignationReader
{
    /// <summary>Most designations read from one text.</summary>
    public const int MaxDesignations = 256;

    /// <summary>The designation keys (without year) and the text with every designation replaced by spaces.</summary>
    public static (List<string> Keys, string Remainder) Read(string text)
    {
        var keys = new List<string>();
        if (text.Length == 0 || !text.Any(char.IsDigit))
        {
            return (keys, text);
        }

        char[]? rest = null;
        var offset = 0;
        while (offset < text.Length && keys.Count < MaxDesignations)
        {
            var tail = offset == 0 ? text : text[offset..];
            if (!StandardId.TryFind(tail, out var id, out var index, out var length) || length <= 0)
            {
                break;
            }

            keys.Add(id.Key);
            rest ??= text.ToCharArray();
            Array.Fill(rest, ' ', offset + index, length);
            offset += index + length;
        }

        return (keys, rest is null ? text : new string(rest));
    }
}
