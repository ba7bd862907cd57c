namespace StdCompare.Alignment.Model;

/// <summary>The clause-similarity model file is missing, corrupt or of another version; the message says which and what to do.</summary>
public sealed class ModelLoadException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ModelLoadException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its cause.</summary>
    public ModelLoadException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception.</summary>
    public ModelLoadException()
        : base("the clause-similarity model could not be loaded")
    {
    }
}
