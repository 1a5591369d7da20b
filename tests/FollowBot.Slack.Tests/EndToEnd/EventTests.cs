using System.Text.Json.Nodes;
using FollowBot.Slack.Tests.Fakes;

namespace FollowBot.Slack.Tests.EndToEnd;

public sealed class EventTests : SlackTestBase
{
    private static string Im(string eventId, string text, string user = Rep) =>
        SlackPayloads.Json("events/message_im.json", ("event_id", eventId), ("text", text), ("user", user)).ToJsonString();

    [Fact]
    public async Task Url_verification_answers_the_challenge()
    {
        var body = await JsonBodyAsync(await App.EventAsync(SlackPayloads.Fixture("events/url_verification.json")));

        ((string?)body!["challenge"]).ShouldBe("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P");
    }

    [Fact]
    public async Task A_direct_message_runs_the_command_and_answers_in_the_same_dm()
    {
        (await JsonBodyAsync(await App.EventAsync(Im("Ev01", "lead Acme value=5k")))).ShouldBeNull();

        var posted = await Slack.WaitForAsync("chat.postMessage");
        posted["channel"].ShouldBe("D0" + Rep);
        string.Join("\n", posted.Texts()).ShouldContain("#1 Acme");
        (await App.DealAsync(1))!.Value!.Value.Amount.ShouldBe(5000m);
    }

    [Fact]
    public async Task A_mention_in_a_channel_is_answered_there_without_the_mention_in_the_command()
    {
        await App.EventAsync(SlackPayloads.Json("events/app_mention.json", ("event_id", "Ev02"), ("text", "lead \"Tom & Jerry\""), ("user", Rep)).ToJsonString());

        var posted = await Slack.WaitForAsync("chat.postMessage");
        posted["channel"].ShouldBe("C0SALES");
        (await App.DealAsync(1))!.Company.ShouldBe("Tom & Jerry");
    }

    [Fact]
    public async Task The_same_event_delivered_three_times_and_once_more_after_a_restart_is_handled_once()
    {
        var json = Im("Ev0DUP", "lead Acme");

        await App.EventAsync(json);
        await Slack.WaitForAsync("chat.postMessage");
        (await App.EventAsync(json, retry: 1)).StatusCode.ShouldBe(System.Net.HttpStatusCode.OK);
        (await App.EventAsync(json, retry: 2)).StatusCode.ShouldBe(System.Net.HttpStatusCode.OK);
        await App.DisposeAsync();
        var restarted = StartApp(App.DatabasePath);
        (await restarted.EventAsync(json, retry: 3)).StatusCode.ShouldBe(System.Net.HttpStatusCode.OK);

        // A later, different event is processed (so the worker was running) and comes after any duplicate would have.
        await restarted.EventAsync(Im("Ev0NEXT", "mine"));
        await Slack.WaitForAsync("chat.postMessage", c => string.Join(" ", c.Texts()).Contains("My open deals", StringComparison.Ordinal));
        (await restarted.DealsAsync()).Count.ShouldBe(1);
        Slack.CallsTo("chat.postMessage").Count.ShouldBe(2);
    }

    [Fact]
    public async Task A_retry_whose_first_attempt_never_arrived_is_processed()
    {
        await App.EventAsync(Im("Ev0LOST", "lead Acme"), retry: 1);

        await Slack.WaitForAsync("chat.postMessage");
        (await App.DealsAsync()).Count.ShouldBe(1);
    }

    [Theory]
    [InlineData("events/message_im.from_bot.json")]
    [InlineData("events/message_im.changed.json")]
    public async Task The_apps_own_messages_and_edits_are_ignored(string fixture)
    {
        await App.EventAsync(SlackPayloads.Json(fixture, ("event_id", "Ev0IGN"), ("text", "lead Loop"), ("user", Rep)).ToJsonString());
        await App.EventAsync(Im("Ev0AFTER", "help"));

        await Slack.WaitForAsync("chat.postMessage");
        (await App.DealsAsync()).ShouldBeEmpty();
        Slack.CallsTo("chat.postMessage").Count.ShouldBe(1);
    }

    [Fact]
    public async Task Opening_app_home_publishes_the_members_open_deals_with_buttons()
    {
        await App.CommandAsync(Rep, "lead Acme value=5000");
        await App.CommandAsync(Rep, "lead Globex");

        await App.EventAsync(SlackPayloads.Json("events/app_home_opened.json", ("event_id", "Ev0HOME"), ("user", Rep)).ToJsonString());

        var publish = await Slack.WaitForAsync("views.publish");
        publish["user_id"].ShouldBe(Rep);
        var view = publish.Json["view"]!.AsObject();
        ((string?)view["type"]).ShouldBe("home");
        var texts = string.Join("\n", publish.Texts());
        texts.ShouldContain("#1 Acme");
        texts.ShouldContain("#2 Globex");
        var buttons = view["blocks"]!.AsArray().Select(b => b!["accessory"]).OfType<JsonObject>().ToList();
        buttons.Select(b => (string?)b["action_id"]).ShouldBe(["deal.show", "deal.show"]);
    }
}
