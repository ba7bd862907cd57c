namespace StdCompare.Diagnostics;

/// <summary>Stable codes of the problems readers report. Codes never change meaning once published.</summary>
public static class DiagnosticCodes
{
    // Files: SC01xx
    /// <summary>The file does not exist.</summary>
    public const string FileNotFound = "SC0101";
    /// <summary>A folder was named where a file was expected.</summary>
    public const string IsDirectory = "SC0102";
    /// <summary>The file is empty or has only white space.</summary>
    public const string EmptyFile = "SC0103";
    /// <summary>The file is larger than the reader's limit.</summary>
    public const string FileTooLarge = "SC0104";
    /// <summary>The file holds binary data, not text.</summary>
    public const string BinaryFile = "SC0105";
    /// <summary>The bytes are not valid in any supported encoding.</summary>
    public const string Undecodable = "SC0106";
    /// <summary>The file could not be read (permissions, I/O).</summary>
    public const string ReadFailed = "SC0107";
    /// <summary>The file type is not supported.</summary>
    public const string UnsupportedFormat = "SC0108";
    /// <summary>Reading took longer than the time limit.</summary>
    public const string Timeout = "SC0109";

    // Encoding notes: SC02xx
    /// <summary>The declared encoding was wrong and another was used.</summary>
    public const string EncodingMismatch = "SC0201";
    /// <summary>The encoding was detected, not declared.</summary>
    public const string EncodingDetected = "SC0202";

    // Structure: SC03xx
    /// <summary>The front matter could not be read.</summary>
    public const string BadFrontMatter = "SC0301";
    /// <summary>A clause id occurs twice.</summary>
    public const string DuplicateClauseId = "SC0302";
    /// <summary>No numbered clause was found; the text was read as paragraphs.</summary>
    public const string NoClauses = "SC0303";
    /// <summary>No designation could be found.</summary>
    public const string NoDesignation = "SC0304";
    /// <summary>A front-matter value is not valid.</summary>
    public const string BadMetadataValue = "SC0305";
    /// <summary>The HTML is malformed (it was still read).</summary>
    public const string MalformedHtml = "SC0306";

    // PDF: SC04xx
    /// <summary>The PDF has no text layer (a scan).</summary>
    public const string PdfNoText = "SC0401";
    /// <summary>The PDF could not be opened.</summary>
    public const string PdfUnreadable = "SC0402";
}
