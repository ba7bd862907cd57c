using Xunit.Sdk;

namespace StdCompare.Testing;

/// <summary>Output differs from its golden file, or the golden file is missing.</summary>
public sealed class GoldenFileMismatchException : XunitException
{
    /// <summary>Creates the exception.</summary>
    public GoldenFileMismatchException(string message)
        : base(message)
    {
    }
}
