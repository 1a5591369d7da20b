using FollowBot.Slack.Tests.EndToEnd;
using Microsoft.Extensions.Options;

namespace FollowBot.Slack.Tests;

public sealed class ConfigurationTests
{
    [Fact]
    public void Enabled_without_secrets_reports_every_missing_one_at_once()
    {
        var result = new SlackOptionsValidator().Validate(null, new SlackOptions { Enabled = true, ApiUrl = "slack.com/api", AckBudget = TimeSpan.FromSeconds(3) });

        result.Failed.ShouldBeTrue();
        result.Failures!.Count().ShouldBe(4);
        result.FailureMessage.ShouldContain("Slack:SigningSecret");
        result.FailureMessage.ShouldContain("Slack:BotToken");
        result.FailureMessage.ShouldContain("Slack:ApiUrl");
        result.FailureMessage.ShouldContain("Slack:AckBudget");
    }

    [Fact]
    public void Socket_mode_alone_needs_no_signing_secret() =>
        new SlackOptionsValidator().Validate(null, new SlackOptions { Enabled = true, BotToken = "xoxb-1", AppToken = "xapp-1" }).Succeeded.ShouldBeTrue();

    [Fact]
    public void A_user_token_is_refused_where_a_bot_token_belongs() =>
        new SlackOptionsValidator().Validate(null, new SlackOptions { Enabled = true, BotToken = "xoxp-1", SigningSecret = "s" }).FailureMessage!.ShouldContain("xoxb-");

    [Fact]
    public void Disabled_slack_needs_nothing() =>
        new SlackOptionsValidator().Validate(null, new SlackOptions()).Succeeded.ShouldBeTrue();

    [Fact]
    public async Task The_app_does_not_start_when_slack_is_enabled_without_its_signing_secret()
    {
        await using var slack = await Fakes.FakeSlack.StartAsync();
        await using var app = new SlackApp(slack, settings: new() { ["Slack:SigningSecret"] = "" });

        var error = Should.Throw<OptionsValidationException>(() => app.StartServer());

        error.Message.ShouldContain("SLACK_SIGNING_SECRET");
        SlackApp.DeleteDatabase(app.DatabasePath);
    }

    [Fact]
    public async Task Secrets_may_come_from_slacks_own_environment_names()
    {
        await using var slack = await Fakes.FakeSlack.StartAsync();
        await using var app = new SlackApp(slack, settings: new()
        {
            ["Slack:SigningSecret"] = "", ["Slack:BotToken"] = "",
            ["SLACK_SIGNING_SECRET"] = SlackApp.Secret, ["SLACK_BOT_TOKEN"] = "xoxb-from-env",
        });
        app.StartServer();

        var response = await app.CommandAsync("U0ENV", "help");

        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.OK);
        slack.CallsTo("auth.test").ShouldAllBe(c => c.Token == "xoxb-from-env");
        SlackApp.DeleteDatabase(app.DatabasePath);
    }
}
