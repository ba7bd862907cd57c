using Lucene.Net.Analysis;
using StdCompare.Search.Analysis;

namespace StdCompare.Search.Tests;

/// <summary>Token-stream assertions for analyzers (Lucene.Net's own test framework is NUnit-only).</summary>
internal static class TokenAssert
{
    /// <summary>The terms <paramref name="text"/> analyses to.</summary>
    public static List<string> Terms(Analyzer analyzer, string text, string field = "f")
        => [.. SearchAnalyzers.Tokens(analyzer, field, text).Select(t => t.Term)];

    /// <summary>Asserts that the analysis of <paramref name="text"/> contains every one of <paramref name="expected"/>.</summary>
    public static void Contains(Analyzer analyzer, string text, params string[] expected)
    {
        var terms = Terms(analyzer, text);
        foreach (var e in expected)
        {
            Assert.True(terms.Contains(e), $"'{text}' should give the token '{e}'; it gave: {string.Join(" | ", terms)}");
        }
    }

    /// <summary>Asserts that the analysis of <paramref name="text"/> contains none of <paramref name="unexpected"/>.</summary>
    public static void DoesNotContain(Analyzer analyzer, string text, params string[] unexpected)
    {
        var terms = Terms(analyzer, text);
        foreach (var e in unexpected)
        {
            Assert.False(terms.Contains(e), $"'{text}' should not give the token '{e}'; it gave: {string.Join(" | ", terms)}");
        }
    }
}
