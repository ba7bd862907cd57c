using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace StdCompare.Search.Analysis;

/// <summary>
/// Tokens analysed ahead of time, replayed to the index writer. Analysis (SmartCn above all) is most of the cost
/// of indexing; done on worker threads, it leaves the writer — which Lucene.Net runs reliably on one thread —
/// only the inversion of ready tokens.
/// </summary>
internal sealed class PreAnalyzedTokenStream : TokenStream
{
    private readonly string[] _terms;
    private readonly int[] _increments;
    private readonly int[] _starts;
    private readonly int[] _ends;
    private readonly int _finalOffset;
    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _position;
    private readonly IOffsetAttribute _offset;
    private int _next;

    private PreAnalyzedTokenStream(string[] terms, int[] increments, int[] starts, int[] ends, int finalOffset)
    {
        _terms = terms;
        _increments = increments;
        _starts = starts;
        _ends = ends;
        _finalOffset = finalOffset;
        _term = AddAttribute<ICharTermAttribute>();
        _position = AddAttribute<IPositionIncrementAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
    }

    /// <summary>Analyses <paramref name="text"/> now and keeps the tokens.</summary>
    public static PreAnalyzedTokenStream Analyze(Analyzer analyzer, string field, string text)
    {
        var terms = new List<string>();
        var increments = new List<int>();
        var starts = new List<int>();
        var ends = new List<int>();
        using var stream = analyzer.GetTokenStream(field, new StringReader(text));
        var term = stream.AddAttribute<ICharTermAttribute>();
        var position = stream.AddAttribute<IPositionIncrementAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(term.ToString());
            increments.Add(position.PositionIncrement);
            starts.Add(offset.StartOffset);
            ends.Add(offset.EndOffset);
        }

        stream.End();
        return new PreAnalyzedTokenStream([.. terms], [.. increments], [.. starts], [.. ends], offset.EndOffset);
    }

    public override bool IncrementToken()
    {
        if (_next >= _terms.Length)
        {
            return false;
        }

        ClearAttributes();
        _term.SetEmpty().Append(_terms[_next]);
        _position.PositionIncrement = _increments[_next];
        _offset.SetOffset(_starts[_next], _ends[_next]);
        _next++;
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        _next = 0;
    }

    public override void End()
    {
        base.End();
        _offset.SetOffset(_finalOffset, _finalOffset);
    }
}
