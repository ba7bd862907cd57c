using StdCompare.Alignment.Text;
using StdCompare.Terminology;

namespace StdCompare.Alignment.Lexicon;

/// <summary>
/// The terminology base read as parallel text for the <see cref="LexiconLearner"/>: for every concept and every
/// two of its languages, one segment pairing the lexical tokens of all its terms in the one language with those
/// of all its terms in the other (体细胞数 | 体细胞 with соматик эсийн тоо). Words that recur across concepts
/// (体细, сомат) are then associated although no clause holds the whole term, and a language pair without gold
/// links still gets a lexicon. Terms are what concept matching reads already: no gold link enters.
/// </summary>
internal static class TermSegments
{
    /// <summary>The segments of <paramref name="terminology"/> per language pair (ordinal order: "mn", "zh").</summary>
    public static IReadOnlyDictionary<(string A, string B), List<(ulong[] X, ulong[] Y)>> From(TerminologyBase terminology)
    {
        ArgumentNullException.ThrowIfNull(terminology);
        var result = new SortedDictionary<(string A, string B), List<(ulong[] X, ulong[] Y)>>();
        foreach (var concept in terminology.Concepts.OrderBy(c => c.Id, StringComparer.Ordinal))
        {
            var bags = concept.Terms.Keys
                .Select(language => (Language: language, Tokens: Tokens(concept.TermsIn(language))))
                .Where(b => b.Tokens.Length > 0)
                .ToArray();
            for (var a = 0; a < bags.Length; a++)
            {
                for (var b = a + 1; b < bags.Length; b++)
                {
                    var (x, y) = string.CompareOrdinal(bags[a].Language, bags[b].Language) < 0 ? (bags[a], bags[b]) : (bags[b], bags[a]);
                    var key = (x.Language, y.Language);
                    if (!result.TryGetValue(key, out var list))
                    {
                        result[key] = list = [];
                    }

                    list.Add((x.Tokens, y.Tokens));
                }
            }
        }

        return result;
    }

    private static ulong[] Tokens(IEnumerable<string> terms)
    {
        var sink = new Sink();
        foreach (var term in terms)
        {
            LexicalReader.Read(TextNormalizer.Normalize(term), sink);
        }

        return [.. sink.Tokens.Order()];
    }

    private sealed class Sink : LexicalReader.ISink
    {
        public HashSet<ulong> Tokens { get; } = [];

        public void Lexical(ulong token) => Tokens.Add(token);

        public void Han(ulong token)
        {
        }

        public void Latin(ulong token)
        {
        }
    }
}
