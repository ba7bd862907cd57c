using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace StdCompare.Search.Analysis;

/// <summary>
/// Emits <see cref="ProtectedSpans"/> as whole tokens (with their synonyms at the same position) and the tokens of
/// a language's analyzer for the rest: the inner analyzer reads the whole text with the spans blanked out (so
/// offsets stay those of the text and it runs once per value), and the two token streams are merged by offset.
/// With no inner analyzer only the whole tokens come out (the <see cref="SearchFields.Keywords"/> field).
/// </summary>
internal sealed class ProtectingTokenizer : Tokenizer
{
    /// <summary>Token type of whole tokens.</summary>
    public const string ProtectedType = "<PROTECTED>";

    [ThreadStatic]
    private static (string Text, List<ProtectedSpan> Spans)? t_lastSpans;

    private readonly Analyzer? _inner;
    private readonly string _field;
    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly IPositionIncrementAttribute _position;
    private readonly ITypeAttribute _type;

    private char[] _buffer = new char[1024];
    private string _text = "";
    private List<ProtectedSpan> _spans = [];
    private int _nextSpan;
    private ProtectedSpan? _current;
    private int _currentTerm;
    private TokenStream? _innerStream;
    private bool _innerPending;
    private ICharTermAttribute? _innerTerm;
    private IOffsetAttribute? _innerOffset;
    private IPositionIncrementAttribute? _innerPosition;
    private ITypeAttribute? _innerType;

    public ProtectingTokenizer(TextReader input, Analyzer? inner, string field)
        : base(input)
    {
        _inner = inner;
        _field = field;
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _position = AddAttribute<IPositionIncrementAttribute>();
        _type = AddAttribute<ITypeAttribute>();
    }

    public override bool IncrementToken()
    {
        ClearAttributes();
        if (_current is { } span && _currentTerm < span.Terms.Length)
        {
            EmitSpanTerm(span);
            return true;
        }

        _current = null;

        // The inner stream's next token, read ahead.
        if (_innerStream is not null && !_innerPending)
        {
            if (_innerStream.IncrementToken())
            {
                _innerPending = true;
            }
            else
            {
                CloseInner();
            }
        }

        var spanStart = _nextSpan < _spans.Count ? _spans[_nextSpan].Start : int.MaxValue;
        if (_innerPending && _innerOffset!.StartOffset < spanStart)
        {
            _innerPending = false;
            _term.CopyBuffer(_innerTerm!.Buffer, 0, _innerTerm.Length);
            _offset.SetOffset(CorrectOffset(_innerOffset.StartOffset), CorrectOffset(_innerOffset.EndOffset));
            _position.PositionIncrement = _innerPosition?.PositionIncrement ?? 1;
            _type.Type = _innerType?.Type ?? "word";
            return true;
        }

        if (_nextSpan < _spans.Count)
        {
            _current = _spans[_nextSpan++];
            _currentTerm = 0;
            EmitSpanTerm(_current.Value);
            return true;
        }

        return false;
    }

    public override void Reset()
    {
        base.Reset();
        CloseInner();
        var length = 0;
        int read;
        while (length < SearchLimits.MaxAnalyzedChars)
        {
            if (length == _buffer.Length)
            {
                Array.Resize(ref _buffer, Math.Min(_buffer.Length * 2, SearchLimits.MaxAnalyzedChars));
            }

            if ((read = m_input.Read(_buffer, length, _buffer.Length - length)) <= 0)
            {
                break;
            }

            length += read;
        }

        _text = new string(_buffer, 0, length);
        _spans = FindSpans(_text);
        _nextSpan = 0;
        _current = null;
        _currentTerm = 0;
        if (_inner is not null && _text.Length > 0)
        {
            OpenInner(Masked());
        }
    }

    public override void End()
    {
        base.End();
        var final = CorrectOffset(_text.Length);
        _offset.SetOffset(final, final);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            CloseInner();
        }

        base.Dispose(disposing);
    }

    /// <summary>The spans of a text; the fields of one document analyse the same string, so the last result is kept per thread.</summary>
    private static List<ProtectedSpan> FindSpans(string text)
    {
        if (t_lastSpans is { } last && string.Equals(last.Text, text, StringComparison.Ordinal))
        {
            return last.Spans;
        }

        var spans = ProtectedSpans.Find(text);
        t_lastSpans = (text, spans);
        return spans;
    }

    private void EmitSpanTerm(ProtectedSpan span)
    {
        _term.SetEmpty().Append(span.Terms[_currentTerm]);
        _offset.SetOffset(CorrectOffset(span.Start), CorrectOffset(span.End));
        _position.PositionIncrement = _currentTerm == 0 ? 1 : 0;
        _type.Type = ProtectedType;
        _currentTerm++;
    }

    /// <summary>The text with every span replaced by spaces (same length, so offsets carry over).</summary>
    private string Masked()
    {
        if (_spans.Count == 0)
        {
            return _text;
        }

        var chars = _text.ToCharArray();
        foreach (var s in _spans)
        {
            Array.Fill(chars, ' ', s.Start, s.Length);
        }

        return new string(chars);
    }

    private void OpenInner(string text)
    {
        _innerStream = _inner!.GetTokenStream(_field, new StringReader(text));
        _innerTerm = _innerStream.AddAttribute<ICharTermAttribute>();
        _innerOffset = _innerStream.AddAttribute<IOffsetAttribute>();
        _innerPosition = _innerStream.HasAttribute<IPositionIncrementAttribute>() ? _innerStream.GetAttribute<IPositionIncrementAttribute>() : null;
        _innerType = _innerStream.HasAttribute<ITypeAttribute>() ? _innerStream.GetAttribute<ITypeAttribute>() : null;
        _innerPending = false;
        _innerStream.Reset();
    }

    private void CloseInner()
    {
        if (_innerStream is null)
        {
            return;
        }

        _innerStream.End();
        _innerStream.Dispose();
        _innerStream = null;
        _innerPending = false;
    }
}
