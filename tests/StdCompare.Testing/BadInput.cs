using System.Text;

namespace StdCompare.Testing;

/// <summary>
/// An input a user may bring that cannot be read, how to make it, and what a reader must say about it:
/// one error with a stable code and a reason naming the problem.
/// </summary>
/// <param name="Name">Short name, used as the test row's label.</param>
/// <param name="FileName">The file's name in the temporary folder.</param>
/// <param name="ExpectedCode">The diagnostic code (<c>SC0101</c> …).</param>
/// <param name="ExpectedReason">Words the message must contain.</param>
public sealed record BadInput(string Name, string FileName, string ExpectedCode, string ExpectedReason)
{
    /// <summary>Size of the sparse file that is over the readers' limit: 200 MB, no disk blocks used.</summary>
    public const long OversizeBytes = 200L * 1024 * 1024;

    /// <summary>The committed PDF without a text layer (an image of a page, as a scanner makes).</summary>
    public const string ScannedPdf = "tests/StdCompare.Ingestion.Tests/Data/scan-no-text.pdf";

    /// <summary>Every bad input, by name.</summary>
    public static IReadOnlyList<BadInput> All { get; } =
    [
        new("missing", "missing.txt", "SC0101", "no such file"),
        new("folder", "a-folder.txt", "SC0102", "is a folder"),
        new("empty", "empty.txt", "SC0103", "is empty"),
        new("white-space-only", "blank.txt", "SC0103", "is empty"),
        new("binary", "binary.txt", "SC0105", "binary data"),
        new("over-size-limit", "huge.txt", "SC0104", "over the limit"),
        new("undecodable", "latin1.txt", "SC0106", "not valid UTF-8"),
        new("undecodable-invalid-lead-bytes", "ff-bytes.txt", "SC0106", "not valid UTF-8"),
        new("broken-html", "broken.html", "SC0306", "malformed HTML"),
        new("pdf-without-text", "scan.pdf", "SC0401", "no text layer"),
        new("pdf-that-is-not-a-pdf", "fake.pdf", "SC0402", "not a PDF"),
        new("unsupported-extension", "table.xlsx", "SC0108", "not supported"),
    ];

    /// <summary>The bad input named <paramref name="name"/>.</summary>
    public static BadInput Get(string name) => All.Single(b => string.Equals(b.Name, name, StringComparison.Ordinal));

    /// <summary>Makes the input in <paramref name="directory"/> and returns its path (for "missing", a path that does not exist).</summary>
    public string Create(TempDirectory directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var path = directory.File(FileName);
        switch (Name)
        {
            case "missing":
                break;
            case "folder":
                Directory.CreateDirectory(path);
                break;
            case "empty":
                File.WriteAllBytes(path, []);
                break;
            case "white-space-only":
                File.WriteAllText(path, " \n\t\r\n   \n");
                break;
            case "binary":
                // A PNG signature and chunk header: NUL bytes and control bytes, as in any image or archive.
                File.WriteAllBytes(path, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x01, 0x00]);
                break;
            case "over-size-limit":
                using (var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write))
                {
                    stream.SetLength(OversizeBytes);
                }

                break;
            case "undecodable":
                // Latin-1 text: é (0xE9) followed by ASCII is invalid in UTF-8 and in GB18030.
                File.WriteAllBytes(path, Encoding.Latin1.GetBytes("4.2 Teneur en plomb: café crème, pâté, 0,2 mg/kg au maximum.\n"));
                break;
            case "undecodable-invalid-lead-bytes":
                // 0xFF is a lead byte in neither UTF-8 nor GB18030.
                File.WriteAllBytes(path, [.. "1 Scope\n"u8, 0xFF, 0xFF, 0x41, 0xFF, 0x42, .. "\n2 Terms\n"u8]);
                break;
            case "broken-html":
                File.WriteAllText(path, "<html><p>4.2 <tab");
                break;
            case "pdf-without-text":
                File.Copy(RepositoryPaths.InRepository(ScannedPdf), path);
                break;
            case "pdf-that-is-not-a-pdf":
                File.WriteAllText(path, "This is a text file that was given a .pdf name.\n");
                break;
            case "unsupported-extension":
                File.WriteAllText(path, "1 Scope\n");
                break;
            default:
                throw new InvalidOperationException($"No recipe for bad input '{Name}'.");
        }

        return path;
    }

    /// <inheritdoc />
    public override string ToString() => Name;
}
