using System.Diagnostics;
using System.Text.Json.Nodes;
using FollowBot.Core.Domain;
using FollowBot.Slack.Tests.Fakes;

namespace FollowBot.Slack.Tests.EndToEnd;

public sealed class SlashCommandTests : SlackTestBase
{
    [Fact]
    public async Task A_signed_follow_lead_stores_the_deal_and_answers_within_three_seconds()
    {
        var watch = Stopwatch.StartNew();
        var response = await App.CommandAsync(Rep, "lead Acme value=5000");
        var elapsed = watch.Elapsed;
        var body = await JsonBodyAsync(response);

        elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(3));
        ((string?)body!["response_type"]).ShouldBe("ephemeral");
        AllText(body).ShouldContain("#1 Acme");
        var deal = (await App.DealAsync(1))!;
        deal.Company.ShouldBe("Acme");
        deal.Value.ShouldBe(new Money(5000m, "CNY"));
        App.CreateClient().BaseAddress!.Port.ShouldNotBe(80, "FollowBot runs on Kestrel, over real HTTP");
        watch.Restart();
        await JsonBodyAsync(await App.CommandAsync(Rep, "lead Beta value=7000"));
        TestContext.Current.TestOutputHelper!.WriteLine($"second: {watch.Elapsed.TotalMilliseconds:0} ms");
        TestContext.Current.TestOutputHelper!.WriteLine($"/follow lead answered in {elapsed.TotalMilliseconds:0} ms at {App.CreateClient().BaseAddress}");
    }

    [Fact]
    public async Task The_member_gets_name_time_zone_and_locale_from_users_info_once()
    {
        Slack.Users[Rep] = new FakeSlackUser(Rep, "Li Na", "Europe/Berlin", "zh-CN");

        await App.CommandAsync(Rep, "lead Acme");
        await App.CommandAsync(Rep, "mine");
        var body = await JsonBodyAsync(await App.CommandAsync(Rep, "show 1"));

        Slack.CallsTo("users.info").Count.ShouldBe(1);
        AllText(body).ShouldContain("Li Na");
        AllText(body).ShouldContain("负责人"); // the deal card's owner label in Chinese: the locale came from Slack
    }

    [Fact]
    public async Task Follow_lead_with_no_company_opens_the_lead_modal_with_the_trigger()
    {
        var response = await App.CommandAsync(Rep, "lead", triggerId: "1337.42.trigger");

        (await JsonBodyAsync(response)).ShouldBeNull();
        var open = await Slack.WaitForAsync("views.open");
        open["trigger_id"].ShouldBe("1337.42.trigger");
        open.Token.ShouldBe(SlackApp.BotToken);
        ((string?)open.Json["view"]!["type"]).ShouldBe("modal");
        ((string?)open.Json["view"]!["callback_id"]).ShouldBe("deal.create");
        (await App.DealsAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task Follow_update_with_no_keys_opens_the_edit_modal_prefilled()
    {
        await App.CommandAsync(Rep, "lead \"Tom & Jerry\" phone=123");

        await App.CommandAsync(Rep, "update 1", triggerId: "1337.43.trigger");

        var view = (await Slack.WaitForAsync("views.open")).Json["view"]!.AsObject();
        ((string?)view["callback_id"]).ShouldBe("deal.update");
        var company = view["blocks"]!.AsArray().First(b => (string?)b!["block_id"] == "company")!;
        ((string?)company["element"]!["initial_value"]).ShouldBe("Tom & Jerry");
        ((string)view["private_metadata"]!).ShouldContain("\"deal\":\"1\"");
    }

    [Fact]
    public async Task When_the_trigger_has_expired_the_form_comes_as_a_button_instead()
    {
        Slack.Script("views.open", _ => Microsoft.AspNetCore.Http.Results.Json(new JsonObject { ["ok"] = false, ["error"] = "expired_trigger_id" }));

        var body = await JsonBodyAsync(await App.CommandAsync(Rep, "lead"));

        var button = body!["blocks"]!.AsArray().Select(b => b!["elements"]?[0]).First(e => e is not null)!;
        ((string?)button["action_id"]).ShouldBe("say");
        ((string?)button["value"]).ShouldBe("lead");
    }

    [Fact]
    public async Task A_mistake_answers_with_one_friendly_line_and_stores_nothing()
    {
        var body = await JsonBodyAsync(await App.CommandAsync(Rep, "lead Acme value=abc"));

        AllText(body).ShouldContain("abc");
        (await App.DealsAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task Slacks_tls_probe_is_answered_and_does_nothing()
    {
        var response = await App.PostSignedAsync("/slack/commands", "ssl_check=1&token=xyzz0WbapA4vBCDEFasx0q6G", "application/x-www-form-urlencoded");

        (await JsonBodyAsync(response)).ShouldBeNull();
        Slack.CallsTo("users.info").ShouldBeEmpty();
    }

    [Fact]
    public async Task An_email_slack_turned_into_a_link_is_stored_as_typed()
    {
        await App.CommandAsync(Rep, "lead Acme email=<mailto:wang@acme.cn|wang@acme.cn> source=<http://acme.example|acme.example>");

        var deal = (await App.DealAsync(1))!;
        deal.Email.ShouldBe("wang@acme.cn");
        deal.Source.ShouldBe("acme.example");
    }
}
