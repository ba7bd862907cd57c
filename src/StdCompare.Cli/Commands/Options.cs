using System.CommandLine;

namespace StdCompare.Cli.Commands;

/// <summary>Options shared by several commands.</summary>
internal static class Options
{
    /// <summary><c>--format</c> with the allowed values; the first is the default.</summary>
    public static Option<string> Format(params string[] formats)
    {
        var option = new Option<string>("--format") { Description = "Output format", DefaultValueFactory = _ => formats[0] };
        option.AcceptOnlyFromAmong(formats);
        return option;
    }
}
