using System.ComponentModel;
using System.Diagnostics;
using System.Reflection;
using System.Text;
using System.Text.Json.Nodes;

namespace FollowBot.Teams.Tests.Infrastructure;

/// <summary>
/// Runs a script of tests/FollowBot.Teams.Tests/js under node with Microsoft's packages installed there (the test
/// project's build runs <c>npm ci</c>). A missing node or package fails loudly: these checks are never skipped.
/// </summary>
internal static class Node
{
    public static string Directory { get; } = Metadata("TeamsChecksDirectory");

    public static string RepositoryRoot { get; } = Metadata("RepositoryRoot");

    /// <summary>Runs <c>node js/script args…</c> and parses its stdout as JSON.</summary>
    public static JsonNode Run(string script, params string[] args)
    {
        EnsureInstalled();
        using var process = Start("node", [Path.Combine(Directory, script), .. args]);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{script} did not finish within 3 minutes.");
        }

        return process.ExitCode == 0
            ? JsonNode.Parse(stdout.Result)!
            : throw new InvalidOperationException($"{script} failed (exit {process.ExitCode}):\n{stderr.Result}");
    }

    public static void EnsureInstalled()
    {
        if (!System.IO.Directory.Exists(Path.Combine(Directory, "node_modules", "@microsoft", "m365agentsplayground")))
        {
            throw new InvalidOperationException(
                $"The npm packages of the Teams checks are not installed in {Directory}. Building FollowBot.Teams.Tests runs " +
                "`npm ci` there when npm is on PATH; install Node.js 20.19+ (with npm) and build again.");
        }
    }

    public static Process Start(string file, IEnumerable<string> args, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo(file)
        {
            WorkingDirectory = workingDirectory ?? Directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        try
        {
            return Process.Start(start)!;
        }
        catch (Win32Exception ex)
        {
            throw new InvalidOperationException($"`{file}` was not found on PATH. The Teams tests need Node.js 20.19+ with npm.", ex);
        }
    }

    private static string Metadata(string key) => typeof(Node).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;
}
