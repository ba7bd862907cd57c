using System.Diagnostics;
using System.Text;
using StdCompare.Testing;

namespace StdCompare.Search.Tests;

/// <summary>Starts <c>stdcompare</c> as a child process whose standard error is read line by line while it runs.</summary>
internal sealed class ChildProcess : IDisposable
{
    private readonly Process _process;
    private readonly List<string> _stderr = [];
    private readonly SemaphoreSlim _lines = new(0);

    public ChildProcess(IEnumerable<string> args, IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            StandardErrorEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = new UTF8Encoding(false),
            UseShellExecute = false,
            WorkingDirectory = RepositoryPaths.Root,
        };
        start.ArgumentList.Add(CliRunner.CliAssembly);
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        start.Environment.Remove("STDCOMPARE_DEBUG");
        foreach (var (k, v) in environment)
        {
            start.Environment[k] = v;
        }

        _process = new Process { StartInfo = start };
        _process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                return;
            }

            lock (_stderr)
            {
                _stderr.Add(e.Data);
            }

            _lines.Release();
        };
        _process.OutputDataReceived += (_, _) => { };
        _process.Start();
        _process.StandardInput.Close();
        _process.BeginErrorReadLine();
        _process.BeginOutputReadLine();
    }

    public IReadOnlyList<string> Stderr
    {
        get
        {
            lock (_stderr)
            {
                return [.. _stderr];
            }
        }
    }

    public int ExitCode => _process.ExitCode;

    /// <summary>Waits until a line matching <paramref name="predicate"/> has been seen <paramref name="count"/> times, or the process ends.</summary>
    public bool WaitForLines(Func<string, bool> predicate, int count, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (Stderr.Count(predicate) >= count)
            {
                return true;
            }

            if (_process.HasExited)
            {
                _process.WaitForExit();
                return Stderr.Count(predicate) >= count;
            }

            _lines.Wait(TimeSpan.FromMilliseconds(50));
        }

        return false;
    }

    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.WaitForExit();
    }

    public bool WaitForExit(TimeSpan timeout)
    {
        var done = _process.WaitForExit(timeout);
        if (done)
        {
            _process.WaitForExit();
        }

        return done;
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
        _lines.Dispose();
    }

    private static string DotnetHost()
    {
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        if (!string.IsNullOrEmpty(host) && File.Exists(host))
        {
            return host;
        }

        var self = Environment.ProcessPath;
        return self is not null && Path.GetFileNameWithoutExtension(self).Equals("dotnet", StringComparison.OrdinalIgnoreCase) ? self : "dotnet";
    }
}
