using System.Text.Json.Nodes;
using FollowBot.Core.Commands;
using FollowBot.Slack.Inbound;

namespace FollowBot.Slack.Tests;

/// <summary>manifests/slack agrees with the code: the command, the three endpoints, the events handled, the scopes they need.</summary>
public sealed class ManifestTests
{
    public static TheoryData<string> Manifests => ["manifest.json", "manifest.socket-mode.json"];

    private static JsonObject Load(string name) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "manifests", "slack", name)))!.AsObject();

    [Theory]
    [MemberData(nameof(Manifests))]
    public void Registers_the_follow_command_the_events_and_the_shortcut_that_followbot_handles(string name)
    {
        var manifest = Load(name);
        var command = manifest["features"]!["slash_commands"]!.AsArray().Single()!;
        ((string?)command["command"]).ShouldBe(new SlackOptions().Command);
        ((bool?)command["should_escape"]).ShouldBe(true, "mentions must arrive as <@U…> ids");
        manifest["settings"]!["event_subscriptions"]!["bot_events"]!.AsArray().Select(e => (string?)e).ShouldBe(["app_home_opened", "app_mention", "message.im"], ignoreOrder: true);
        ((string?)manifest["features"]!["shortcuts"]![0]!["callback_id"]).ShouldBe(InteractionReceiver.NewLeadShortcut);
        ((bool?)manifest["settings"]!["interactivity"]!["is_enabled"]).ShouldBe(true);
    }

    [Theory]
    [MemberData(nameof(Manifests))]
    public void Asks_for_the_scopes_each_feature_needs_and_no_more(string name) =>
        Load(name)["oauth_config"]!["scopes"]!["bot"]!.AsArray().Select(s => (string?)s).ShouldBe(
            [
                "app_mentions:read", // app_mention
                "chat:write",        // chat.postMessage / update / postEphemeral
                "commands",          // /follow and the shortcut
                "im:history",        // message.im
                "im:write",          // conversations.open for DMs
                "users:read",        // users.info: time zone and locale
                "users:read.email",  // users.info: email
            ],
            ignoreOrder: true);

    [Theory]
    [MemberData(nameof(Manifests))]
    public void Dms_reach_followbot_because_the_messages_tab_takes_input(string name)
    {
        var home = Load(name)["features"]!["app_home"]!;
        ((bool?)home["home_tab_enabled"]).ShouldBe(true);
        ((bool?)home["messages_tab_enabled"]).ShouldBe(true);
        ((bool?)home["messages_tab_read_only_enabled"]).ShouldBe(false);
    }

    [Fact]
    public void The_http_manifest_points_at_the_three_endpoints()
    {
        var manifest = Load("manifest.json");
        ((string?)manifest["features"]!["slash_commands"]![0]!["url"]).ShouldBe("{{BASE_URL}}" + SlackEndpoints.Commands);
        ((string?)manifest["settings"]!["event_subscriptions"]!["request_url"]).ShouldBe("{{BASE_URL}}" + SlackEndpoints.Events);
        ((string?)manifest["settings"]!["interactivity"]!["request_url"]).ShouldBe("{{BASE_URL}}" + SlackEndpoints.Interactions);
        ((bool?)manifest["settings"]!["socket_mode_enabled"]).ShouldBe(false);
    }

    [Fact]
    public void The_socket_mode_manifest_has_no_urls()
    {
        var manifest = Load("manifest.socket-mode.json");
        ((bool?)manifest["settings"]!["socket_mode_enabled"]).ShouldBe(true);
        manifest.ToJsonString().ShouldNotContain("BASE_URL");
        manifest.ToJsonString().ShouldNotContain("url\"");
    }

    [Theory]
    [MemberData(nameof(Manifests))]
    public void Lists_every_catalog_command_and_stays_within_slacks_lengths(string name)
    {
        var info = Load(name)["display_information"]!;
        var longDescription = (string)info["long_description"]!;
        foreach (var spec in new CommandCatalog().Specs)
        {
            longDescription.ShouldContain(spec.Verb);
        }

        longDescription.Length.ShouldBeInRange(175, 4000);
        ((string)info["name"]!).Length.ShouldBeLessThanOrEqualTo(35);
        ((string)info["description"]!).Length.ShouldBeLessThanOrEqualTo(140);
    }
}
