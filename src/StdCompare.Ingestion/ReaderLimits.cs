namespace StdCompare.Ingestion;

/// <summary>Bounds on untrusted input. Every reader stops at these and says so.</summary>
public static class ReaderLimits
{
    /// <summary>Largest file read, in bytes. Standards run to a few MB of text; a PDF with images to tens of MB.</summary>
    public const long MaxFileBytes = 64L * 1024 * 1024;

    /// <summary>Longest time one file may take to read before it is abandoned.</summary>
    public static readonly TimeSpan MaxReadTime = TimeSpan.FromSeconds(60);

    /// <summary>Most lines read from one document; the rest is dropped with a warning.</summary>
    public const int MaxLines = 2_000_000;

    /// <summary>Most PDF pages read.</summary>
    public const int MaxPdfPages = 5_000;

    /// <summary>Share of control bytes (other than tab, CR, LF, FF) above which a file is taken as binary.</summary>
    public const double BinaryControlShare = 0.02;

    /// <summary>Bytes inspected to tell text from binary.</summary>
    public const int BinaryProbeBytes = 64 * 1024;
}
