using System.Diagnostics;
using System.Text.Json.Nodes;
using FollowBot.Core.Domain;
using FollowBot.Slack.Outbound;
using FollowBot.Slack.Tests.Fakes;

namespace FollowBot.Slack.Tests.EndToEnd;

public sealed class InteractionTests : SlackTestBase
{
    private const string Dm = "D0" + Rep;
    private const string MessageTs = "1764554400.000777";

    private JsonObject Click(string actionId, string blockId, string? value = null, string? selected = null)
    {
        var payload = SlackPayloads.Json("interactions/block_actions.message.json", ("user", Rep), ("message_ts", MessageTs), ("channel", Dm),
            ("trigger_id", "9.9.click"), ("response_url", Slack.ResponseUrl("actions/" + Guid.NewGuid().ToString("N"))), ("action_id", actionId), ("block_id", blockId));
        var action = payload["actions"]![0]!.AsObject();
        if (value is not null)
        {
            action["value"] = value;
        }

        if (selected is not null)
        {
            action["type"] = "static_select";
            action["selected_option"] = new JsonObject { ["value"] = selected, ["text"] = new JsonObject { ["type"] = "plain_text", ["text"] = selected } };
        }

        return payload;
    }

    private static JsonObject Submission(string company, string value, string privateMetadata = "") =>
        SlackPayloads.Json("interactions/view_submission.lead_form.json", ("user", Rep), ("company", company), ("value", value), ("private_metadata", privateMetadata));

    [Fact]
    public async Task A_lead_form_with_a_bad_amount_gets_an_error_beside_the_amount_within_three_seconds()
    {
        var watch = Stopwatch.StartNew();
        var body = await JsonBodyAsync(await App.InteractionAsync(Submission("Northwind", "abc")));

        watch.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(3));
        ((string?)body!["response_action"]).ShouldBe("errors");
        var errors = body["errors"]!.AsObject();
        errors.Select(e => e.Key).ShouldBe(["value"]);
        ((string)errors["value"]!).ShouldContain("abc");
        (await App.DealsAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_valid_lead_form_closes_the_modal_stores_the_deal_and_answers_where_the_form_was_asked_for()
    {
        var responseUrl = Slack.ResponseUrl("commands/form");
        var metadata = new ModalMetadata(new Dictionary<string, string?>(), "C0SALES", responseUrl).Write();

        var body = await JsonBodyAsync(await App.InteractionAsync(Submission("Northwind", "12k", metadata)));

        body.ShouldBeNull();
        var answer = await Slack.WaitForAsync("response_url");
        string.Join("\n", answer.Texts()).ShouldContain("#1 Northwind");
        var deal = (await App.DealAsync(1))!;
        deal.Value.ShouldBe(new Money(12000m, "CNY"));
        deal.Grade.ShouldBe(Grade.A);
        deal.ContactName.ShouldBe("Maria Anders");
        deal.Phone.ShouldBeNull();
    }

    [Fact]
    public async Task Clicking_advance_moves_the_deal_and_updates_the_clicked_message()
    {
        await App.CommandAsync(Rep, "lead Acme");

        (await JsonBodyAsync(await App.InteractionAsync(Click("deal.advance", "deal=1#once:Lead:Open")))).ShouldBeNull();

        var update = await Slack.WaitForAsync("chat.update");
        update["channel"].ShouldBe(Dm);
        update["ts"].ShouldBe(MessageTs);
        var texts = string.Join("\n", update.Texts());
        texts.ShouldContain("#1 Acme");
        (await App.DealAsync(1))!.Stage.ShouldBe("quote");
    }

    [Fact]
    public async Task A_double_click_on_advance_moves_the_deal_once()
    {
        await App.CommandAsync(Rep, "lead Acme");

        await Task.WhenAll(
            App.InteractionAsync(Click("deal.advance", "deal=1#once:Lead:Open")),
            App.InteractionAsync(Click("deal.advance", "deal=1#once:Lead:Open")));
        await Slack.WaitForAsync("chat.update");
        await App.CommandAsync(Rep, "show 1"); // the worker has finished with the clicks once a later command answers

        (await App.DealAsync(1))!.Stage.ShouldBe("quote");
        Slack.CallsTo("chat.update").Count.ShouldBe(1);
    }

    [Fact]
    public async Task Snoozing_from_the_select_pushes_the_deadline_by_the_chosen_duration()
    {
        await App.CommandAsync(Rep, "lead Acme");
        var due = (await App.DealAsync(1))!.StageDueAt!.Value;

        await App.InteractionAsync(Click("deal.snooze/duration", "deal=1#once:Lead:Open", selected: "2d"));

        var answer = await Slack.WaitForAsync("response_url");
        var refreshed = await Slack.WaitForAsync("chat.update");
        string.Join(" ", answer.Texts()).ShouldContain("Snoozed #1");
        (await App.DealAsync(1))!.StageDueAt!.Value.ShouldBeGreaterThan(due);
        string.Join(" ", refreshed.Texts()).ShouldContain("Mon 2026-12-07");

        // The refreshed card is a new rendering: its select acts again.
        var again = Click("deal.snooze/duration", "deal=1#once:Needs & quote:Open", selected: "1d");
        again["message"]!["blocks"] = refreshed.Json["blocks"]!.DeepClone();
        await App.InteractionAsync(again);
        await Slack.WaitForAsync("chat.update", c => c != refreshed);
        (await App.DealAsync(1))!.SnoozeCount.ShouldBe(2);
    }

    [Fact]
    public async Task The_edit_button_opens_the_edit_modal_with_the_clicks_trigger()
    {
        await App.CommandAsync(Rep, "lead Acme");

        await App.InteractionAsync(Click("say", "deal=1#facts", value: "update 1"));

        var open = await Slack.WaitForAsync("views.open");
        open["trigger_id"].ShouldBe("9.9.click");
        ((string?)open.Json["view"]!["callback_id"]).ShouldBe("deal.update");
    }

    [Fact]
    public async Task A_note_typed_on_the_card_is_added_and_a_mistake_answers_only_the_clicker()
    {
        await App.CommandAsync(Rep, "lead Acme");

        await App.InteractionAsync(Click("deal.note/text", "deal=1#note", value: "sent quote v2 <b> & more"));
        var timeline = string.Join("\n", (await Slack.WaitForAsync("chat.update")).Texts());
        await App.InteractionAsync(Click("deal.note/text", "deal=99#note", value: "lost deal"));

        var ephemeral = await Slack.WaitForAsync("response_url", c => string.Join(" ", c.Texts()).Contains("99", StringComparison.Ordinal));
        ((string?)ephemeral.Json["response_type"]).ShouldBe("ephemeral");
        string.Join(" ", ephemeral.Texts()).ShouldContain("99");
        timeline.ShouldContain("sent quote v2 <b> & more");
        Slack.CallsTo("chat.update").Count.ShouldBe(1, "a mistake leaves the card alone");
    }

    [Fact]
    public async Task Open_on_app_home_sends_the_deal_card_as_a_dm_and_refreshes_home()
    {
        await App.CommandAsync(Rep, "lead Acme");
        var payload = SlackPayloads.Json("interactions/block_actions.home.json", ("user", Rep), ("trigger_id", "9.9.home"), ("action_id", "deal.show"), ("block_id", "deal=1"));

        await App.InteractionAsync(payload);

        var dm = await Slack.WaitForAsync("chat.postMessage");
        dm["channel"].ShouldBe("D" + Rep); // conversations.open gave the DM id
        string.Join("\n", dm.Texts()).ShouldContain("#1 Acme");
        await Slack.WaitForAsync("views.publish");
    }

    [Fact]
    public async Task A_valid_edit_form_updates_the_deal_and_clears_emptied_fields()
    {
        await App.CommandAsync(Rep, "lead Acme phone=123 value=5000");
        var metadata = new ModalMetadata(new Dictionary<string, string?> { ["deal"] = "1" }, Dm, null).Write();
        var payload = Submission("Acme Corp", "8000", metadata);
        payload["view"]!["callback_id"] = "deal.update";
        var values = payload["view"]!["state"]!["values"]!.AsObject();
        values.Remove("note");
        values["due"] = new JsonObject { ["due"] = new JsonObject { ["type"] = "datepicker", ["selected_date"] = "2026-12-24" } };

        (await JsonBodyAsync(await App.InteractionAsync(payload))).ShouldBeNull();

        await Slack.WaitForAsync("chat.postMessage", c => c["channel"] == Dm);
        var deal = (await App.DealAsync(1))!;
        deal.Company.ShouldBe("Acme Corp");
        deal.Value!.Value.Amount.ShouldBe(8000m);
        deal.Phone.ShouldBeNull();
        deal.StageDueAt.ShouldNotBeNull();
    }

    [Fact]
    public async Task The_new_lead_shortcut_opens_the_lead_form()
    {
        var shortcut = new JsonObject
        {
            ["type"] = "shortcut", ["token"] = "verification-token", ["action_ts"] = "1764554450.300836", ["callback_id"] = "deal.create",
            ["trigger_id"] = "9.9.shortcut", ["team"] = new JsonObject { ["id"] = FakeSlack.Team, ["domain"] = "followco" },
            ["user"] = new JsonObject { ["id"] = Rep, ["username"] = "rep", ["team_id"] = FakeSlack.Team }, ["is_enterprise_install"] = false,
        };

        (await JsonBodyAsync(await App.InteractionAsync(shortcut))).ShouldBeNull();

        var open = await Slack.WaitForAsync("views.open");
        open["trigger_id"].ShouldBe("9.9.shortcut");
        ((string?)open.Json["view"]!["callback_id"]).ShouldBe("deal.create");
    }

    [Fact]
    public async Task A_request_for_a_team_without_a_token_is_acknowledged_without_retries()
    {
        var payload = Click("deal.advance", "deal=1#once:x");
        payload["team"]!["id"] = "T0OTHER";
        payload["user"]!["team_id"] = "T0OTHER";

        var response = await App.InteractionAsync(payload);
        await App.CommandAsync(Rep, "help");

        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.OK);
        Slack.CallsTo("chat.update").ShouldBeEmpty();
    }
}
