namespace StdCompare.Alignment.Model;

/// <summary>Rows of features, stored flat.</summary>
internal sealed class FeatureMatrix
{
    /// <summary>Creates a matrix of <paramref name="rows"/> × <paramref name="width"/> zeros.</summary>
    public FeatureMatrix(int rows, int width)
    {
        Rows = rows;
        Width = width;
        Values = new float[rows * width];
    }

    /// <summary>Number of rows.</summary>
    public int Rows { get; }

    /// <summary>Features per row.</summary>
    public int Width { get; }

    /// <summary>The values, row after row.</summary>
    public float[] Values { get; }

    /// <summary>One row.</summary>
    public Span<float> Row(int row) => Values.AsSpan(row * Width, Width);

    /// <summary>A copy of one row.</summary>
    public float[] RowArray(int row) => Values.AsSpan(row * Width, Width).ToArray();
}
