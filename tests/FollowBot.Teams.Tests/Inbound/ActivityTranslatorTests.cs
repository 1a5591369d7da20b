using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using FollowBot.Teams.Inbound;
using FollowBot.Teams.Protocol;
using FollowBot.Teams.Tests.Infrastructure;

namespace FollowBot.Teams.Tests.Inbound;

/// <summary>The one translator: recorded activities in, command envelopes out.</summary>
public sealed class ActivityTranslatorTests
{
    private const string Url = "http://localhost:56150/_connector";

    [Fact]
    public void A_personal_message_is_a_typed_command_from_the_aad_user_in_the_tenant_workspace()
    {
        var envelope = ActivityTranslator.FromMessage(Parse(Recorded.Activity("playground-activity-message-text")))!;

        envelope.Text.ShouldBe("hello");
        envelope.Action.ShouldBeNull();
        envelope.Channel.ShouldBe("teams");
        envelope.Workspace.Key.ShouldBe("teams:" + Recorded.TenantId);
        envelope.Actor.ShouldBe(new FollowBot.Core.Conversations.ActorRef(Recorded.UserAad, "Alex Wilber", null, "UTC", "en-US"));
        TeamsAddress.Parse(envelope.Conversation!).ShouldBe(new TeamsAddress(Url, Recorded.TenantId, Recorded.BotId, "user-id-0", Recorded.UserAad, Recorded.PersonalChat));
    }

    [Fact]
    public void A_channel_mention_loses_the_bots_tag_and_keeps_no_conversation_for_nudges()
    {
        var envelope = ActivityTranslator.FromMessage(Parse(Recorded.Activity("playground-activity-channel-mention")))!;

        envelope.Text.ShouldBe("hi channel");
        TeamsAddress.Parse(envelope.Conversation!)!.ConversationId.ShouldBeNull();
    }

    [Fact]
    public void An_action_submit_is_a_card_action_with_its_values_as_text()
    {
        var envelope = ActivityTranslator.FromMessage(Parse(Recorded.Activity("playground-activity-message-submit")))!;

        envelope.Text.ShouldBeNull();
        envelope.Action!.Verb.ShouldBe("");
        envelope.Action.Data.ShouldBe(new Dictionary<string, string?> { ["kind"] = "submit", ["note"] = "typed note" });
    }

    [Fact]
    public void A_submit_of_our_fallback_names_its_verb_and_numbers_become_text()
    {
        var activity = Recorded.Activity("playground-activity-message-submit");
        activity["value"] = JsonNode.Parse("""{"verb":"deal.lost","deal":3,"lostReason":"budget cut","flag":true}""");

        var action = ActivityTranslator.FromMessage(Parse(activity))!.Action!;

        action.Verb.ShouldBe("deal.lost");
        action.Data.ShouldBe(new Dictionary<string, string?> { ["verb"] = "deal.lost", ["deal"] = "3", ["lostReason"] = "budget cut", ["flag"] = "true" });
    }

    [Theory]
    [InlineData("playground-activity-invoke-adaptiveCard-action")]
    [InlineData("playground-activity-invoke-from-ui-click")]
    public void An_execute_invoke_is_its_verb_and_data(string fixture)
    {
        var activity = Parse(Recorded.Activity(fixture));

        var action = ActivityTranslator.FromExecute(activity, activity.Value!.Value.GetProperty("action")).Action!;

        action.Verb.ShouldBe("doIt");
        action.Data.ShouldBe(new Dictionary<string, string?> { ["kind"] = "execute" });
    }

    [Fact]
    public void Only_the_bots_own_mention_is_removed_and_teams_padding_is_trimmed()
    {
        // Real Teams shape (botbuilder-dotnet #4841): the bot is 28:<app id>, text padded with \r\n.
        var activity = Parse(Recorded.Activity("playground-activity-channel-mention"));
        activity.Recipient!.Id = "28:0047c760-a2b3-4c5d-8e9f-0123456789ab";
        activity.Text = "\r\n<at>FollowBot</at> assign 3 <at>Megan Bowen</at>\r\n";
        activity.Entities =
        [
            Element("""{"type":"mention","mentioned":{"id":"28:0047C760-A2B3-4C5D-8E9F-0123456789AB","name":"FollowBot"},"text":"<at>FollowBot</at>"}"""),
            Element("""{"type":"mention","mentioned":{"id":"29:megan","name":"Megan Bowen"},"text":"<at>Megan Bowen</at>"}"""),
        ];

        MentionText.Strip(activity).ShouldBe("assign 3 <at>Megan Bowen</at>");
    }

    [Fact]
    public void A_mention_without_text_is_removed_by_name()
    {
        var activity = Parse(Recorded.Activity("playground-activity-channel-mention"));
        activity.Entities = [Element($$$"""{"type":"mention","mentioned":{"id":"{{{Recorded.BotId}}}","name":"Test Bot"}}""")];

        MentionText.Strip(activity).ShouldBe("hi channel");
    }

    [Fact]
    public void The_tenant_falls_back_to_channel_data_and_the_member_to_the_channel_id()
    {
        var activity = Parse(Recorded.Activity("playground-activity-message-text"));
        activity.Conversation!.TenantId = null;
        activity.From!.AadObjectId = null;

        var envelope = ActivityTranslator.FromMessage(activity)!;

        envelope.Workspace.Key.ShouldBe("teams:" + Recorded.TenantId);
        envelope.Actor.ExternalId.ShouldBe("user-id-0");
    }

    [Fact]
    public void Unknown_fields_are_kept_and_a_missing_type_is_refused()
    {
        var activity = Recorded.Activity("playground-activity-message-text");
        activity["somethingNew"] = JsonNode.Parse("""{"x":1}""");

        Parse(activity).Extra!.ShouldContainKey("somethingNew");
        activity.Remove("type");
        ActivityReader.Parse(Encoding.UTF8.GetBytes(activity.ToJsonString())).Problem.ShouldNotBeNull();
        ActivityReader.Parse("not json"u8.ToArray()).Problem.ShouldNotBeNull();
    }

    internal static Activity Parse(JsonObject activity) => ActivityReader.Parse(Encoding.UTF8.GetBytes(activity.ToJsonString())).Activity!;

    private static JsonElement Element(string json) => JsonDocument.Parse(json).RootElement.Clone();
}
