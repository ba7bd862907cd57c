using Microsoft.ML;
using Microsoft.ML.Data;

namespace StdCompare.Alignment.Model;

/// <summary>One clause pair as ML.NET reads it.</summary>
internal sealed class PairRow
{
    /// <summary>True when the pair is linked in the gold alignment.</summary>
    public bool Label { get; set; }

    /// <summary>How much the row counts in training.</summary>
    public float Weight { get; set; } = 1f;

    /// <summary>The feature vector.</summary>
    public float[] Features { get; set; } = [];

    /// <summary>The schema of rows with <paramref name="width"/> features.</summary>
    public static SchemaDefinition Schema(int width)
    {
        var schema = SchemaDefinition.Create(typeof(PairRow));
        schema[nameof(Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, width);
        return schema;
    }
}
