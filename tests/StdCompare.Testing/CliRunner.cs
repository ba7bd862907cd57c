using System.Diagnostics;
using System.Reflection;
using System.Text;

namespace StdCompare.Testing;

/// <summary>
/// Runs the built <c>stdcompare</c> program as a child process (<c>dotnet stdcompare.dll …</c>), the way a
/// user does: exit code, standard output and standard error as they are.
/// </summary>
public static class CliRunner
{
    /// <summary>The CLI's assembly file.</summary>
    public const string AssemblyFile = "stdcompare.dll";

    /// <summary>Longest a run may take before it is killed and the test fails.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(120);

    private static readonly Lazy<string> LazyAssembly = new(FindAssembly);

    /// <summary>
    /// The CLI assembly: next to the test assembly (test projects reference the CLI project), else under
    /// <c>src/StdCompare.Cli/bin/CONFIGURATION/net10.0</c> in the configuration these tests were built in.
    /// </summary>
    public static string CliAssembly => LazyAssembly.Value;

    /// <summary>Runs <c>stdcompare</c> with <paramref name="args"/>.</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="workingDirectory">The current folder of the run; the repository root when null.</param>
    /// <param name="environment">Variables to set (a null value removes one).</param>
    public static CliResult Run(IEnumerable<string> args, string? workingDirectory = null, IReadOnlyDictionary<string, string?>? environment = null)
    {
        ArgumentNullException.ThrowIfNull(args);
        var start = new ProcessStartInfo(DotnetHost())
        {
            WorkingDirectory = workingDirectory ?? RepositoryPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            StandardOutputEncoding = new UTF8Encoding(false),
            StandardErrorEncoding = new UTF8Encoding(false),
            UseShellExecute = false,
        };
        start.ArgumentList.Add(CliAssembly);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // The user's view: no debug stack traces, no first-run banners.
        start.Environment.Remove("STDCOMPARE_DEBUG");
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        if (environment is not null)
        {
            foreach (var (key, value) in environment)
            {
                if (value is null)
                {
                    start.Environment.Remove(key);
                }
                else
                {
                    start.Environment[key] = value;
                }
            }
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet could not be started.");
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"stdcompare {string.Join(' ', start.ArgumentList.Skip(1))} did not finish within {Timeout.TotalSeconds:0} s.");
        }

        process.WaitForExit();
        return new CliResult(process.ExitCode, Lf(stdout.GetAwaiter().GetResult()), Lf(stderr.GetAwaiter().GetResult()));
    }

    /// <summary>Runs <c>stdcompare</c> with <paramref name="args"/> from the repository root.</summary>
    public static CliResult Run(params string[] args) => Run((IEnumerable<string>)args);

    private static string Lf(string s) => s.Replace("\r\n", "\n", StringComparison.Ordinal);

    private static string DotnetHost()
    {
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        if (!string.IsNullOrEmpty(host) && File.Exists(host))
        {
            return host;
        }

        var self = Environment.ProcessPath;
        if (self is not null && Path.GetFileNameWithoutExtension(self).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
        {
            return self;
        }

        return "dotnet";
    }

    private static string FindAssembly()
    {
        var beside = Path.Combine(AppContext.BaseDirectory, AssemblyFile);
        if (File.Exists(beside) && File.Exists(Path.ChangeExtension(beside, ".runtimeconfig.json")))
        {
            return beside;
        }

        var configuration = typeof(CliRunner).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        var built = Path.Combine(RepositoryPaths.Root, "src", "StdCompare.Cli", "bin", configuration, "net10.0", AssemblyFile);
        return File.Exists(built)
            ? built
            : throw new FileNotFoundException($"The CLI was not built: neither {beside} nor {built} exists. Reference src/StdCompare.Cli from the test project.", built);
    }
}
