using System.ComponentModel;
using System.Diagnostics;
using System.Reflection;
using System.Text;
using System.Text.Json.Nodes;

namespace FollowBot.Core.Tests.Cards;

/// <summary>
/// Runs tests/js/check-cards.mjs (Microsoft's adaptivecards and adaptivecards-templating under node) once for a
/// batch of cases. A missing node or missing npm packages fail loudly: these checks are never skipped.
/// </summary>
internal static class NodeCardChecks
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    public static string Directory { get; } = typeof(NodeCardChecks).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "CardChecksDirectory").Value!;

    /// <summary>Each case: name, template, data and optionally bound (our output, to validate).</summary>
    public static IReadOnlyDictionary<string, JsonObject> Run(IEnumerable<JsonObject> cases)
    {
        if (!System.IO.Directory.Exists(Path.Combine(Directory, "node_modules", "adaptivecards-templating")))
        {
            throw new InvalidOperationException(
                $"The npm packages for the card checks are not installed in {Directory}. Building FollowBot.Core.Tests runs " +
                "`npm ci` there when npm is on PATH; install Node.js 20.19+ (with npm) and build again, or run `npm ci` in tests/js.");
        }

        var input = Path.Combine(Path.GetTempPath(), $"followbot-card-checks-{Guid.NewGuid():N}.json");
        File.WriteAllText(input, new JsonObject { ["cases"] = new JsonArray([.. cases]) }.ToJsonString(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        try
        {
            var output = RunNode(input);
            var results = JsonNode.Parse(output)!["results"]!.AsArray();
            return results.Select(r => r!.AsObject()).ToDictionary(r => (string)r["name"]!, StringComparer.Ordinal);
        }
        finally
        {
            File.Delete(input);
        }
    }

    private static string RunNode(string inputPath)
    {
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = Directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(Directory, "check-cards.mjs"));
        start.ArgumentList.Add(inputPath);

        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (Win32Exception ex)
        {
            throw new InvalidOperationException(
                "`node` was not found on PATH. The Adaptive Card checks run Microsoft's npm packages and need Node.js 20.19+ with npm.", ex);
        }

        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"check-cards.mjs did not finish within {Timeout}.");
            }

            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"check-cards.mjs failed (exit {process.ExitCode}):\n{stderr.Result}");
            }

            return stdout.Result;
        }
    }
}
