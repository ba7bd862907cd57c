using System.Text;
using StdCompare.Diagnostics;

namespace StdCompare.Cli.Infrastructure;

/// <summary>Standard output and error, UTF-8, with one place that formats user-facing messages.</summary>
public static class CliConsole
{
    static CliConsole()
    {
        Console.OutputEncoding = new UTF8Encoding(false);
    }

    /// <summary>Writes a result to standard output.</summary>
    public static void Out(string text) => Console.Out.Write(text.EndsWith('\n') ? text : text + "\n");

    /// <summary>Writes one diagnostic line to standard error.</summary>
    public static void Report(Diagnostic diagnostic) => Console.Error.WriteLine(diagnostic.ToString());

    /// <summary>Writes a user error to standard error, prefixed with the program name.</summary>
    public static void Error(string message) => Console.Error.WriteLine("stdcompare: " + message);

    /// <summary>Writes progress to standard error.</summary>
    public static void Progress(string message) => Console.Error.WriteLine(message);
}
