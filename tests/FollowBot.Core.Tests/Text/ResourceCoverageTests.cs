using System.Text.RegularExpressions;
using FollowBot.Core.Domain;
using FollowBot.Core.Tests.Architecture;
using FollowBot.Core.Text;

namespace FollowBot.Core.Tests.Text;

/// <summary>
/// Every sentence a person reads exists in English and Chinese: each resource key the code names has a
/// translation, the two files hold the same keys, and placeholders match so a format never throws.
/// </summary>
public partial class ResourceCoverageTests
{
    [Fact]
    public void Every_resource_key_named_in_Core_code_exists_in_both_languages()
    {
        var root = Path.Combine(CoreBoundaryTests.FindRepoRoot(), "src", "FollowBot.Core");
        var keys = Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => KeyLiteral().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .Distinct()
            .ToList();
        keys.Count.ShouldBeGreaterThan(80);
        keys.Where(k => !Texts.English.IsTranslated(k) || !Texts.Chinese.IsTranslated(k)).ShouldBeEmpty();
    }

    [Fact]
    public void Keys_built_at_run_time_exist_for_every_value()
    {
        var keys = Enum.GetNames<DealStatus>().Select(s => "Status_" + s)
            .Concat(Enum.GetNames<Role>().Select(r => "Role_" + r))
            .Concat(new[] { "company", "contact", "phone", "email", "source", "value", "grade", "owner", "stageOwner", "stage", "due", "note", "followUp" }.Select(f => "Field_" + f))
            .Concat(new[] { "lead", "quote", "contract", "delivery", "payment", "won", "lost" }.Select(s => "Stage_" + s));
        keys.Where(k => !Texts.English.IsTranslated(k) || !Texts.Chinese.IsTranslated(k)).ShouldBeEmpty();
    }

    [Fact]
    public void Both_languages_have_the_same_keys_and_the_same_placeholders()
    {
        foreach (var key in Texts.Keys())
        {
            Texts.Chinese.IsTranslated(key).ShouldBeTrue(key);
            Placeholders(Texts.Chinese[key]).ShouldBe(Placeholders(Texts.English[key]), key);
        }
    }

    private static int[] Placeholders(string text) =>
        Placeholder().Matches(text).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).Distinct().Order().ToArray();

    [GeneratedRegex("\"((?:Error|Reply|List|Pipeline|Sla|Duration|Help|Usage|Status|Role|Field|Stage|Timeline|Format|Due|Value|Reminder)_[A-Za-z_.]+)\"")]
    private static partial Regex KeyLiteral();

    [GeneratedRegex(@"\{(\d+)")]
    private static partial Regex Placeholder();
}
