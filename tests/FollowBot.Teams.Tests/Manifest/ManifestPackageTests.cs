using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Nodes;
using FollowBot.Core.Commands;
using FollowBot.Core.Text;
using FollowBot.Teams.Tests.Infrastructure;

namespace FollowBot.Teams.Tests.Manifest;

/// <summary>
/// The Teams app package: built by the one documented command, validated against Microsoft's published manifest
/// schema (the newest that @microsoft/app-manifest ships), icons of the right size, commands from the catalog.
/// </summary>
public sealed class ManifestPackageTests
{
    private const string BotId = "7f0c7a94-1f4b-4c8e-9a8e-2a1a4c6c0b01";
    private static readonly string Folder = Path.Combine(Node.RepositoryRoot, "manifests", "teams");

    [Fact]
    public void The_package_build_fills_in_the_app_id_and_zips_three_files_at_the_root()
    {
        using var package = Build(BotId);

        package.Zip.Entries.Select(e => e.FullName).ShouldBe(["color.png", "manifest.json", "outline.png"], ignoreOrder: true);
        var manifest = package.Manifest;
        ((string?)manifest["id"]).ShouldBe(BotId);
        ((string?)manifest["bots"]![0]!["botId"]).ShouldBe(BotId);
        ((string?)manifest["version"]).ShouldBe("1.0.0");
        manifest.ToJsonString().ShouldNotContain("${{");
    }

    [Fact]
    public void The_packaged_manifest_passes_microsofts_newest_published_schema()
    {
        using var package = Build(BotId);

        var result = Node.Run("validate-manifest.mjs", package.ManifestPath);

        result["errors"]!.AsArray().ShouldBeEmpty(result["errors"]!.ToJsonString());
        ((string?)result["schemaVersion"]).ShouldBe("1.30");
        ((string?)result["newestSchema"]).ShouldBe((string?)result["schemaVersion"], "use the newest manifest schema Microsoft publishes");
    }

    [Fact]
    public void The_schema_check_does_report_a_broken_manifest()
    {
        using var package = Build(BotId);
        var manifest = package.Manifest;
        manifest["bots"]![0]!["scopes"] = new JsonArray("personal", "groupchat");
        manifest["accentColor"] = "blue";
        manifest["bots"]![0]!["botId"] = "not-a-guid";
        File.WriteAllText(package.ManifestPath, manifest.ToJsonString());

        var errors = Node.Run("validate-manifest.mjs", package.ManifestPath)["errors"]!.AsArray().Select(e => (string)e!).ToList();

        errors.ShouldContain(e => e.StartsWith("/bots/0/scopes/1", StringComparison.Ordinal));
        errors.ShouldContain(e => e.StartsWith("/accentColor", StringComparison.Ordinal));
        errors.ShouldContain(e => e.StartsWith("/bots/0/botId", StringComparison.Ordinal));
    }

    [Fact]
    public void The_package_build_refuses_to_run_without_an_app_id()
    {
        var (exit, output) = RunPackageBuild("", Path.Combine(Path.GetTempPath(), $"followbot-teams-{Guid.NewGuid():N}.zip"));

        exit.ShouldNotBe(0);
        output.ShouldContain("Pass the Azure Bot's Microsoft App ID");
    }

    [Fact]
    public void The_icons_are_192_colour_and_32_white_on_transparent()
    {
        var color = Png.Read(Path.Combine(Folder, "color.png"));
        (color.Width, color.Height).ShouldBe((192, 192));

        var outline = Png.Read(Path.Combine(Folder, "outline.png"));
        (outline.Width, outline.Height).ShouldBe((32, 32));
        outline.ColorType.ShouldBe((byte)6, "the outline needs an alpha channel");
        var pixels = outline.Rgba.Chunk(4).ToList();
        pixels.ShouldAllBe(p => p[3] == 0 || (p[0] == 255 && p[1] == 255 && p[2] == 255), "outline pixels are white or fully transparent");
        pixels.Count(p => p[3] > 0).ShouldBeGreaterThan(32, "the outline shows something");
        pixels.Count(p => p[3] == 0).ShouldBeGreaterThan(32 * 32 / 2, "the outline is mostly transparent");
    }

    [Fact]
    public void The_bot_commands_are_built_from_the_command_catalog()
    {
        var path = Path.Combine(Folder, "manifest.json");
        var manifest = JsonNode.Parse(File.ReadAllText(path))!;
        var expected = CommandLists(new CommandCatalog());
        if (Environment.GetEnvironmentVariable("FOLLOWBOT_ACCEPT_GOLDEN") == "1")
        {
            manifest["bots"]![0]!["commandLists"] = expected.DeepClone();
            File.WriteAllText(path, manifest.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n");
        }

        manifest["bots"]![0]!["commandLists"]!.ToJsonString().ShouldBe(expected.ToJsonString(), "run with FOLLOWBOT_ACCEPT_GOLDEN=1 to rebuild them");
    }

    /// <summary>
    /// One list per scope (Teams wants a list per scope), each with the catalog's first 12 commands in help order
    /// (12 is the schema's limit; the rest are in <c>help</c>): the English verb, usage and what it does.
    /// </summary>
    private static JsonArray CommandLists(CommandCatalog catalog)
    {
        var en = Texts.For("en");
        JsonArray Commands() => [.. catalog.Specs.Take(12).Select(s => new JsonObject
        {
            ["title"] = s.Verb,
            ["description"] = $"{en[s.UsageKey]} — {en[s.HelpKey]}",
        })];
        return [.. new[] { "personal", "team", "groupChat" }.Select(scope => new JsonObject { ["scopes"] = new JsonArray(scope), ["commands"] = Commands() })];
    }

    private static BuiltPackage Build(string botId)
    {
        var zip = Path.Combine(Path.GetTempPath(), $"followbot-teams-{Guid.NewGuid():N}.zip");
        var (exit, output) = RunPackageBuild(botId, zip);
        exit.ShouldBe(0, output);
        return new BuiltPackage(zip);
    }

    private static (int Exit, string Output) RunPackageBuild(string botId, string zip)
    {
        var project = Path.Combine(Node.RepositoryRoot, "src", "FollowBot.Teams", "FollowBot.Teams.csproj");
        using var process = Node.Start("dotnet", ["msbuild", project, "-t:TeamsAppPackage", $"-p:BotId={botId}", $"-p:TeamsAppPackage={zip}", "-nologo", "-nodeReuse:false"], Node.RepositoryRoot);
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        process.WaitForExit(TimeSpan.FromMinutes(3)).ShouldBeTrue("the package build did not finish in 3 minutes");
        return (process.ExitCode, output.Result + errors.Result);
    }

    private sealed class BuiltPackage : IDisposable
    {
        private readonly string _zipPath;
        private readonly string _folder = Path.Combine(Path.GetTempPath(), $"followbot-teams-{Guid.NewGuid():N}");

        public BuiltPackage(string zipPath)
        {
            _zipPath = zipPath;
            Zip = ZipFile.OpenRead(zipPath);
            Zip.ExtractToDirectory(_folder);
        }

        public ZipArchive Zip { get; }

        public string ManifestPath => Path.Combine(_folder, "manifest.json");

        public JsonObject Manifest => JsonNode.Parse(File.ReadAllText(ManifestPath))!.AsObject();

        public void Dispose()
        {
            Zip.Dispose();
            File.Delete(_zipPath);
            Directory.Delete(_folder, recursive: true);
        }
    }
}
