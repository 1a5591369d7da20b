using System.Text.Json.Nodes;

namespace FollowBot.Teams.Tests.Infrastructure;

/// <summary>
/// The activities recorded from Microsoft's Agents Playground 0.2.28 (Fixtures/playground, copied from
/// shared/fixtures/teams-playground), with the serviceUrl pointed at the test's connector.
/// </summary>
public static class Recorded
{
    public const string TenantId = "00000000-0000-0000-0000-0000000000001";
    public const string UserAad = "00000000-0000-0000-0000-0000000000020";
    public const string BotId = "00000000-0000-0000-0000-00000000000011";
    public const string PersonalChat = "bf476829-7fce-425c-8d71-b49e0cc57e3e";

    public static IReadOnlyList<string> Names { get; } =
        [.. Directory.GetFiles(Folder, "*.json").Select(f => Path.GetFileNameWithoutExtension(f)!).Order(StringComparer.Ordinal)];

    private static string Folder => Path.Combine(AppContext.BaseDirectory, "Fixtures", "playground");

    /// <summary>The recorded activity (without the capture's headers); <paramref name="serviceUrl"/> replaces the Playground's.</summary>
    public static JsonObject Activity(string name, string? serviceUrl = null)
    {
        var activity = JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, name + ".json")))!["activity"]!.DeepClone().AsObject();
        if (serviceUrl is not null)
        {
            activity["serviceUrl"] = serviceUrl;
        }

        return activity;
    }

    /// <summary>The recorded personal-chat message with other text (and a fresh id, so it is a new delivery).</summary>
    public static JsonObject Message(string text, string serviceUrl)
    {
        var activity = Activity("playground-activity-message-text", serviceUrl);
        activity["text"] = text;
        activity["id"] = Guid.NewGuid().ToString();
        return activity;
    }
}
