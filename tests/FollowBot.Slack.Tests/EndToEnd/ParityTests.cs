using System.Text.Json;
using System.Text.Json.Nodes;
using FollowBot.Core.Domain;
using FollowBot.Slack.Rendering;
using FollowBot.Slack.Tests.Fakes;

namespace FollowBot.Slack.Tests.EndToEnd;

/// <summary>
/// Product §2: "the same input must give the same outcome everywhere". Twenty commands, typed by the same two people
/// through Slack (/follow, signed, over HTTP) and through the Playground, at the same moments: the same answers, the
/// same cards and the same deals in the end.
/// </summary>
public sealed class ParityTests : SlackTestBase
{
    private const string Alice = "U0ALICE";
    private const string Bob = "U0BOB";

    // (who, command) with {bob}/{alice} standing for a mention in each channel's own form.
    private static readonly (string Who, string Text)[] Script =
    [
        ("alice", "help"),
        ("bob", "help"),
        ("alice", "lead Acme value=5000 grade=A"),
        ("alice", "lead \"Tom & Jerry <Ltd>\" contact=Tom phone=123 email=tom@example.com"),
        ("alice", "show 1"),
        ("alice", "update 1 value=8000 source=referral"),
        ("alice", "advance 1 sent the quote"),
        ("alice", "note 2 called them, they want 5% off"),
        ("alice", "remind 2 tomorrow call back"),
        ("alice", "snooze 1 2d waiting for budget"),
        ("alice", "assign 2 {bob}"),
        ("alice", "mine"),
        ("alice", "overdue"),
        ("alice", "find acme"),
        ("alice", "won 1 signed"),
        ("alice", "lost 2 no budget"),
        ("alice", "lead Globex value=abc"),
        ("alice", "frobnicate"),
        ("bob", "role {alice} manager"),
        ("alice", "sla"),
    ];

    [Fact]
    public async Task The_same_twenty_commands_give_the_same_outcomes_in_slack_and_in_the_playground()
    {
        Slack.Users[Alice] = new FakeSlackUser(Alice, "alice");
        Slack.Users[Bob] = new FakeSlackUser(Bob, "bob");
        Script.Length.ShouldBe(20);

        foreach (var (who, text) in Script)
        {
            var playground = await App.PlaygroundAsync(who, new { user = who, text = text.Replace("{bob}", "@bob", StringComparison.Ordinal).Replace("{alice}", "@alice", StringComparison.Ordinal) });
            // Slack escapes what people type (& < >) and writes mentions as <@U…|name>.
            var slackText = Mrkdwn.Escape(text).Replace("{bob}", $"<@{Bob}|bob>", StringComparison.Ordinal).Replace("{alice}", $"<@{Alice}|alice>", StringComparison.Ordinal);
            var slack = await JsonBodyAsync(await App.CommandAsync(who == "alice" ? Alice : Bob, slackText));

            var expected = Outcome.Of(playground);
            var actual = Outcome.Of(slack!);
            actual.ShouldBe(expected, $"'{text}'");
            TestContext.Current.TestOutputHelper!.WriteLine($"{text} => {actual}");
            App.Clock.Advance(TimeSpan.FromMinutes(7));
        }

        var playgroundDeals = (await App.DealsAsync("playground")).Select(Summary).ToList();
        var slackDeals = (await App.DealsAsync()).Select(Summary).ToList();
        slackDeals.ShouldBe(playgroundDeals);
        slackDeals.Count.ShouldBe(2);
    }

    private static string Summary(Deal d) =>
        $"#{d.Number} {d.Company} {d.Stage} {d.Status} {d.Value} {d.Grade} {d.Source} {d.ContactName} {d.Phone} {d.Email} due={d.StageDueAt:O} snoozes={d.SnoozeCount} next={d.NextFollowUpAt:O} {d.NextFollowUpNote} closed={d.ClosedAt:O}";

    /// <summary>What a person sees, channel-neutral: the reply lines, and the title line of the card if there is one.</summary>
    private sealed record Outcome(string Text, string? CardTitle)
    {
        public static Outcome Of(IReadOnlyList<ReplyJson> replies) => new(
            string.Join("\n", replies.Select(r => r.Text).Where(t => !string.IsNullOrEmpty(t))),
            replies.Select(r => r.Card).FirstOrDefault(c => c is not null) is { } card ? card.GetProperty("body")[0].GetProperty("text").GetString() : null);

        public static Outcome Of(JsonObject slack)
        {
            var blocks = slack["blocks"]?.AsArray().OfType<JsonObject>().ToList() ?? [];
            var header = blocks.FirstOrDefault(b => (string?)b["type"] == "header");
            var lines = blocks.TakeWhile(b => b != header && (string?)b["type"] == "section" && b["block_id"] is null)
                .Select(b => Mrkdwn.Unescape((string)b["text"]!["text"]!));
            return new(string.Join("\n", lines), header is null ? null : (string?)header["text"]!["text"]);
        }
    }
}
