using System.Collections.Frozen;
using System.Collections.Immutable;
using StdCompare.Alignment.Profiles;

namespace StdCompare.Alignment.Lexicon;

/// <summary>
/// A translation lexicon learned from the gold links of training pairs (<see cref="LexiconLearner"/>): for each
/// pair of languages and each direction, the lexical tokens (word stems, character bigrams) of one language
/// with the few tokens of the other they are most associated with in linked clauses. It gives cross-language
/// evidence for the words the terminology base and CC-CEDICT do not know (zh ⟷ mn has no dictionary).
/// Immutable; the same entries give the same bytes (<see cref="Write"/>).
/// </summary>
public sealed class TranslationLexicon
{
    /// <summary>The empty lexicon: no language pair.</summary>
    public static readonly TranslationLexicon Empty = new(new Dictionary<string, Dictionary<ulong, ulong[]>>(StringComparer.Ordinal), new Dictionary<string, int>(StringComparer.Ordinal));

    private const int FileVersion = 1;

    private readonly FrozenDictionary<string, FrozenDictionary<ulong, ulong[]>> _directions;
    private readonly FrozenDictionary<string, int> _links;

    /// <summary>Creates a lexicon from its directions ("zh>mn" maps Chinese tokens to their Mongolian translations) and the number of links each was learned from.</summary>
    internal TranslationLexicon(IReadOnlyDictionary<string, Dictionary<ulong, ulong[]>> directions, IReadOnlyDictionary<string, int> links)
    {
        _links = links.ToFrozenDictionary(StringComparer.Ordinal);
        _directions = directions.ToFrozenDictionary(
            d => d.Key,
            d => d.Value.ToFrozenDictionary(e => e.Key, e => e.Value),
            StringComparer.Ordinal);
    }

    /// <summary>The directions held ("zh>mn"), ordinal order.</summary>
    public ImmutableArray<string> Directions => [.. _directions.Keys.Order(StringComparer.Ordinal)];

    /// <summary>Number of source tokens of a direction (0 when it is not held).</summary>
    public int EntryCount(string direction) => _directions.TryGetValue(direction, out var d) ? d.Count : 0;

    /// <summary>Number of gold links a direction was learned from (0 when it is not held).</summary>
    public int LinkCount(string direction) => _links.GetValueOrDefault(direction);

    /// <summary>The key of a direction.</summary>
    public static string Direction(string from, string to) => from + ">" + to;

    /// <summary>The entries from <paramref name="from"/> to <paramref name="to"/>, or null when the lexicon has none (same language, unknown pair).</summary>
    internal FrozenDictionary<ulong, ulong[]>? Get(string from, string to)
        => from.Length == 0 || to.Length == 0 || string.Equals(from, to, StringComparison.Ordinal) ? null
            : _directions.GetValueOrDefault(Direction(from, to));

    /// <summary>The distinct translations of every token of <paramref name="bag"/>, ascending.</summary>
    internal static ulong[] Translate(FrozenDictionary<ulong, ulong[]> entries, TokenBag bag)
    {
        var result = new List<ulong>();
        foreach (var id in bag.Ids)
        {
            if (entries.TryGetValue(id, out var translations))
            {
                result.AddRange(translations);
            }
        }

        if (result.Count == 0)
        {
            return [];
        }

        result.Sort();
        var distinct = 1;
        for (var k = 1; k < result.Count; k++)
        {
            if (result[k] != result[distinct - 1])
            {
                result[distinct++] = result[k];
            }
        }

        return [.. result.Take(distinct)];
    }

    /// <summary>Writes the lexicon: directions in ordinal order, entries by ascending source token.</summary>
    public void Write(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        writer.Write(FileVersion);
        writer.Write(_directions.Count);
        foreach (var name in Directions)
        {
            var entries = _directions[name];
            writer.Write(name);
            writer.Write(LinkCount(name));
            writer.Write(entries.Count);
            foreach (var source in entries.Keys.Order())
            {
                var translations = entries[source];
                writer.Write(source);
                writer.Write((byte)translations.Length);
                foreach (var t in translations)
                {
                    writer.Write(t);
                }
            }
        }
    }

    /// <summary>Reads a lexicon written by <see cref="Write"/>; <see cref="InvalidDataException"/> when it is not one.</summary>
    public static TranslationLexicon Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var reader = new BinaryReader(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        try
        {
            var version = reader.ReadInt32();
            if (version != FileVersion)
            {
                throw new InvalidDataException($"lexicon version {version}, expected {FileVersion}");
            }

            var directions = new Dictionary<string, Dictionary<ulong, ulong[]>>(StringComparer.Ordinal);
            var links = new Dictionary<string, int>(StringComparer.Ordinal);
            var count = Count(reader, stream, minBytesEach: 9, "directions");
            for (var d = 0; d < count; d++)
            {
                var name = reader.ReadString();
                links[name] = reader.ReadInt32();
                var n = Count(reader, stream, minBytesEach: 9, "entries");
                var entries = new Dictionary<ulong, ulong[]>(n);
                for (var e = 0; e < n; e++)
                {
                    var source = reader.ReadUInt64();
                    var translations = new ulong[reader.ReadByte()];
                    for (var t = 0; t < translations.Length; t++)
                    {
                        translations[t] = reader.ReadUInt64();
                    }

                    entries[source] = translations;
                }

                directions[name] = entries;
            }

            return new TranslationLexicon(directions, links);
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException("the lexicon is truncated", e);
        }
    }

    /// <summary>A count read from the stream, refused when negative or larger than the bytes left could hold (a corrupt count must not allocate).</summary>
    private static int Count(BinaryReader reader, Stream stream, int minBytesEach, string what)
    {
        var count = reader.ReadInt32();
        if (count < 0 || (stream.CanSeek && (long)count * minBytesEach > stream.Length - stream.Position))
        {
            throw new InvalidDataException($"the lexicon's count of {what} ({count}) does not fit its size");
        }

        return count;
    }
}
