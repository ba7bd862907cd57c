using Lucene.Net.Analysis;
using Lucene.Net.Documents;

namespace StdCompare.Search.Indexing;

/// <summary>
/// A 32-bit integer indexed for range queries, like Lucene's <see cref="Int32Field"/> (same field type, same
/// terms), but its token stream is reused per indexing thread. An <see cref="Int32Field"/> makes a new
/// <see cref="NumericTokenStream"/> for every document, and each new stream looks its four attribute classes up
/// under one process-wide lock: with three dates on every clause, that was about a seventh of the indexing
/// threads' time, most of it spent waiting on the lock (see <see cref="KeywordField"/> for the same with strings).
/// </summary>
internal sealed class NumberField : Field
{
    [ThreadStatic]
    private static NumericTokenStream? t_stream;

    private readonly int _value;

    public NumberField(string name, int value, Store store)
        : base(name, store == Store.YES ? Int32Field.TYPE_STORED : Int32Field.TYPE_NOT_STORED)
    {
        _value = value;
        FieldsData = J2N.Numerics.Int32.GetInstance(value);
    }

    /// <inheritdoc />
    public override TokenStream GetTokenStream(Analyzer analyzer)
    {
        // The writer reads a field's stream to its end and disposes it before it takes the next field's, so one
        // stream per thread serves every numeric field that thread inverts (Lucene reuses it the same way when a
        // caller reuses a field instance).
        var stream = t_stream ??= new NumericTokenStream(FieldType.NumericPrecisionStep);
        return stream.SetInt32Value(_value);
    }
}
