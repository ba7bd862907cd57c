using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace StdCompare.Search.Analysis;

/// <summary>
/// Overlapping character bigrams of runs of unspaced scripts (Han of every extension, kana, Hangul, Thai; a
/// one-character run gives a unigram), and lower-cased words of everything else. Unlike SmartCn it knows no
/// dictionary, so text outside GB2312 (<c>䶮</c>, <c>𬌗</c>) stays findable.
/// </summary>
internal sealed class BigramTokenizer : Tokenizer
{
    /// <summary>Token type of bigrams and unigrams of unspaced scripts.</summary>
    public const string BigramType = "<BIGRAM>";

    /// <summary>Token type of words.</summary>
    public const string WordType = "<WORD>";

    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly ITypeAttribute _type;
    private char[] _buffer = new char[1024];
    private int _length;
    private int _pos;

    // The run of unspaced characters being cut into bigrams: [runStart, runEnd) in chars, and the current start.
    private int _runEnd = -1;
    private int _gramStart;
    private bool _runHadBigram;

    public BigramTokenizer(TextReader input)
        : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _type = AddAttribute<ITypeAttribute>();
    }

    public override bool IncrementToken()
    {
        ClearAttributes();
        while (true)
        {
            if (_runEnd >= 0)
            {
                var second = _gramStart + CharLength(_gramStart);
                if (second < _runEnd)
                {
                    var end = second + CharLength(second);
                    Emit(_gramStart, end, BigramType);
                    _runHadBigram = true;
                    _gramStart = second;
                    return true;
                }

                var single = !_runHadBigram;
                var start = _gramStart;
                _runEnd = -1;
                if (single)
                {
                    Emit(start, second, BigramType);
                    return true;
                }

                continue;
            }

            // Skip to the next letter or digit.
            while (_pos < _length && !IsWordChar(_pos))
            {
                _pos += CharLength(_pos);
            }

            if (_pos >= _length)
            {
                return false;
            }

            var kind = Kind(_pos);
            var runStart = _pos;
            while (_pos < _length && IsWordChar(_pos) && Kind(_pos) == kind)
            {
                _pos += CharLength(_pos);
            }

            if (kind != RunKind.Word)
            {
                _runEnd = _pos;
                _gramStart = runStart;
                _runHadBigram = false;
                continue;
            }

            Emit(runStart, _pos, WordType, lower: true);
            return true;
        }
    }

    public override void Reset()
    {
        base.Reset();
        _length = 0;
        int read;
        while (_length < SearchLimits.MaxAnalyzedChars)
        {
            if (_length == _buffer.Length)
            {
                Array.Resize(ref _buffer, Math.Min(_buffer.Length * 2, SearchLimits.MaxAnalyzedChars));
            }

            if ((read = m_input.Read(_buffer, _length, _buffer.Length - _length)) <= 0)
            {
                break;
            }

            _length += read;
        }

        _pos = 0;
        _runEnd = -1;
    }

    public override void End()
    {
        base.End();
        var final = CorrectOffset(_length);
        _offset.SetOffset(final, final);
    }

    private void Emit(int start, int end, string type, bool lower = false)
    {
        _term.CopyBuffer(_buffer, start, end - start);
        if (lower)
        {
            var b = _term.Buffer;
            for (var i = 0; i < _term.Length; i++)
            {
                b[i] = char.ToLowerInvariant(b[i]);
            }
        }

        _offset.SetOffset(CorrectOffset(start), CorrectOffset(end));
        _type.Type = type;
    }

    private int CharLength(int i) => char.IsHighSurrogate(_buffer[i]) && i + 1 < _length && char.IsLowSurrogate(_buffer[i + 1]) ? 2 : 1;

    private Rune RuneAt(int i)
        => CharLength(i) == 2 ? new Rune(_buffer[i], _buffer[i + 1]) : Rune.IsValid(_buffer[i]) ? new Rune(_buffer[i]) : Rune.ReplacementChar;

    private bool IsWordChar(int i)
    {
        var r = RuneAt(i);
        return Rune.IsLetterOrDigit(r) || Rune.GetUnicodeCategory(r) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark
            || r.Value == 0x30FC;
    }

    private RunKind Kind(int i) => AnalysisProfiles.Classify(RuneAt(i)) switch
    {
        Script.Han or Script.Kana => RunKind.ChineseJapanese,
        Script.Hangul => RunKind.Hangul,
        Script.Thai => RunKind.Thai,
        _ => RuneAt(i).Value == 0x30FC ? RunKind.ChineseJapanese : RunKind.Word,
    };

    private enum RunKind
    {
        Word,
        ChineseJapanese,
        Hangul,
        Thai,
    }
}
