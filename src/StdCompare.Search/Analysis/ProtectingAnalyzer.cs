using Lucene.Net.Analysis;

namespace StdCompare.Search.Analysis;

/// <summary>A language's analyzer with designations, quantities and names kept whole (<see cref="ProtectingTokenizer"/>).</summary>
public sealed class ProtectingAnalyzer : Analyzer
{
    private readonly Analyzer? _inner;

    /// <summary>Wraps <paramref name="inner"/>; with null, only the whole tokens are produced.</summary>
    public ProtectingAnalyzer(Analyzer? inner)
    {
        _inner = inner;
    }

    /// <inheritdoc />
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        => new(new ProtectingTokenizer(reader, _inner, fieldName));

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _inner?.Dispose();
        }

        base.Dispose(disposing);
    }
}
