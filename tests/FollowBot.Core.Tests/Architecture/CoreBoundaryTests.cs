using System.Text.RegularExpressions;
using FollowBot.Core.Commands;

namespace FollowBot.Core.Tests.Architecture;

/// <summary>House rule 1: Core knows no channel, no EF Core, no HTTP, no Quartz — checked on the compiled assembly and its sources.</summary>
public partial class CoreBoundaryTests
{
    private static readonly System.Reflection.Assembly Core = typeof(CommandEngine).Assembly;

    [Fact]
    public void Core_references_only_the_BCL_and_extension_abstractions()
    {
        var allowed = new[] { "System", "Microsoft.Extensions.Logging.Abstractions", "Microsoft.Extensions.Options", "Microsoft.Extensions.DependencyInjection.Abstractions", "Microsoft.Extensions.Primitives", "netstandard", "mscorlib" };
        var references = Core.GetReferencedAssemblies().Select(a => a.Name!).ToList();
        references.Where(r => !allowed.Any(a => r == a || r.StartsWith(a + ".", StringComparison.Ordinal))).ShouldBeEmpty();
        references.ShouldNotContain(r => r.Contains("EntityFramework") || r.Contains("AspNetCore") || r.Contains("Quartz") || r.StartsWith("FollowBot.", StringComparison.Ordinal));
    }

    [Fact]
    public void No_Core_type_is_named_for_a_channel_or_a_protocol()
    {
        var offenders = Core.GetTypes().Select(t => t.FullName!).Where(n => ChannelWords().IsMatch(n)).ToList();
        offenders.ShouldBeEmpty();
    }

    [Fact]
    public void No_Core_source_file_speaks_of_a_channel_protocol()
    {
        var root = FindRepoRoot();
        var offenders = Directory.EnumerateFiles(Path.Combine(root, "src", "FollowBot.Core"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => CodeWords().IsMatch(string.Join('\n', File.ReadLines(f).Where(l => !l.TrimStart().StartsWith("//", StringComparison.Ordinal)))))
            .Select(f => Path.GetRelativePath(root, f))
            .ToList();
        offenders.ShouldBeEmpty();
    }

    internal static string FindRepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "FollowBot.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("FollowBot.sln not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"Teams|Slack|Activity|Block|Http", RegexOptions.None)]
    private static partial Regex ChannelWords();

    // Namespaces and types a channel-neutral file must not use (comments may still name the channels they explain).
    [GeneratedRegex(@"using\s+(Microsoft\.AspNetCore|Microsoft\.EntityFrameworkCore|Quartz|System\.Net\.Http)|HttpClient|DbContext", RegexOptions.None)]
    private static partial Regex CodeWords();
}
