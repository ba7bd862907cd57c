using System.Globalization;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;

namespace StdCompare.Search.Indexing;

/// <summary>
/// An untokenized value indexed as one term, like Lucene's <see cref="StringField"/> (same field type, same
/// index), but its token stream is reused per indexing thread. A <see cref="StringField"/> makes a new token
/// stream for every field of every document, and each new stream looks its attribute classes up under one
/// process-wide lock: with about twenty such fields per clause, that lookup was a tenth of the indexing time
/// and the threads queued on the lock.
/// </summary>
internal sealed class KeywordField : Field
{
    public KeywordField(string name, string value, Store store)
        : base(name, value, store == Store.YES ? StringField.TYPE_STORED : StringField.TYPE_NOT_STORED)
    {
    }

    /// <inheritdoc />
    public override TokenStream GetTokenStream(Analyzer analyzer) => SingleTokenStream.ForThread(GetStringValue(CultureInfo.InvariantCulture) ?? "");

    /// <summary>
    /// One token, the whole value. The index writer takes a field's stream, reads it to the end and disposes
    /// it before it takes the next field's, so one instance per thread serves every field that thread inverts.
    /// </summary>
    private sealed class SingleTokenStream : TokenStream
    {
        [ThreadStatic]
        private static SingleTokenStream? t_instance;

        private readonly ICharTermAttribute _term;
        private readonly IOffsetAttribute _offset;
        private string _value = "";
        private bool _used = true;

        private SingleTokenStream()
        {
            _term = AddAttribute<ICharTermAttribute>();
            _offset = AddAttribute<IOffsetAttribute>();
        }

        public static SingleTokenStream ForThread(string value)
        {
            var stream = t_instance ??= new SingleTokenStream();
            stream._value = value;
            stream._used = true;
            return stream;
        }

        public override bool IncrementToken()
        {
            if (_used)
            {
                return false;
            }

            ClearAttributes();
            _term.SetEmpty().Append(_value);
            _offset.SetOffset(0, _value.Length);
            _used = true;
            return true;
        }

        public override void End()
        {
            base.End();
            _offset.SetOffset(_value.Length, _value.Length);
        }

        public override void Reset()
        {
            base.Reset();
            _used = false;
        }
    }
}
