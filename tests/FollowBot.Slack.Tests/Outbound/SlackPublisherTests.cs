using System.Diagnostics.Metrics;
using System.Text.Json.Nodes;
using FollowBot.Core.Cards;
using FollowBot.Core.Conversations;
using FollowBot.Core.Domain;
using FollowBot.Core.Persistence;
using FollowBot.Slack.Outbound;
using FollowBot.Slack.Tests.EndToEnd;
using FollowBot.Slack.Tests.Fakes;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace FollowBot.Slack.Tests.Outbound;

/// <summary>Proactive messages (nudges, digests) through the Slack publisher of the running app.</summary>
public sealed class SlackPublisherTests : SlackTestBase
{
    private async Task<Member> MemberAsync(string workspace, string externalId)
    {
        using var scope = App.Services.CreateScope();
        var ws = (await scope.ServiceProvider.GetRequiredService<IWorkspaceStore>().FindByKeyAsync(workspace, Ct))!;
        return (await scope.ServiceProvider.GetRequiredService<IMemberStore>().FindByExternalIdAsync(ws.Id, externalId, Ct))!;
    }

    private async Task<PublishResult> PublishAsync(Member member, Reply reply)
    {
        using var scope = App.Services.CreateScope();
        var publisher = scope.ServiceProvider.GetServices<IChatPublisher>().Single(p => p.Channel == "slack");
        return await publisher.PublishAsync(member, reply, Ct);
    }

    [Fact]
    public async Task A_nudge_goes_to_the_members_dm_and_keeps_channel_and_ts_for_a_later_update()
    {
        await App.CommandAsync(Rep, "lead Acme");
        var member = await MemberAsync("slack:" + FakeSlack.Team, Rep);
        var deal = new DealView { Number = 1, Company = "Acme", StageName = "Lead", Status = "Open", IsOpen = true, Owner = "Li Na", StageOwner = "Li Na", Overdue = true };

        var result = await PublishAsync(member, new Reply("#1 Acme is overdue", new CardReply(CardId.Deal, deal)));

        result.Delivered.ShouldBeTrue();
        var open = Slack.CallsTo("conversations.open").Single();
        open["users"].ShouldBe(Rep);
        var post = Slack.CallsTo("chat.postMessage").Single();
        post["channel"].ShouldBe("D" + Rep);
        ((string?)post.Json["text"]).ShouldBe("#1 Acme is overdue");
        post.Json["blocks"]!.AsArray().Select(b => (string?)b!["type"]).ShouldContain("actions");
        result.MessageId.ShouldStartWith("D" + Rep + "/1764554400.");
    }

    [Fact]
    public async Task A_member_who_wrote_in_a_dm_is_reached_there_without_opening_a_conversation()
    {
        await App.EventAsync(SlackPayloads.Json("events/message_im.json", ("event_id", "Ev0DM"), ("text", "help"), ("user", Rep)).ToJsonString());
        await Slack.WaitForAsync("chat.postMessage");
        App.Clock.Advance(TimeSpan.FromSeconds(1)); // the DM just had a message: the next may go one second later

        var result = await PublishAsync(await MemberAsync("slack:" + FakeSlack.Team, Rep), new Reply("Digest"));

        result.Delivered.ShouldBeTrue();
        Slack.CallsTo("conversations.open").ShouldBeEmpty();
        Slack.CallsTo("chat.postMessage").Last()["channel"].ShouldBe("D0" + Rep);
    }

    [Fact]
    public async Task A_member_slack_cannot_reach_is_a_counted_failure_not_an_exception()
    {
        using var failures = new FailureCounter();
        await App.CommandAsync(Rep, "lead Acme");
        await App.PlaygroundAsync("alice", new { user = "alice", text = "help" });
        Slack.Script("conversations.open", _ => Results.Json(new JsonObject { ["ok"] = false, ["error"] = "user_disabled" }));

        var refused = await PublishAsync(await MemberAsync("slack:" + FakeSlack.Team, Rep), new Reply("Nudge"));
        var elsewhere = await PublishAsync(await MemberAsync("playground", "alice"), new Reply("Nudge"));

        refused.Delivered.ShouldBeFalse();
        refused.Failure.ShouldBe("user_disabled");
        refused.Transient.ShouldBeFalse();
        elsewhere.Delivered.ShouldBeFalse();
        elsewhere.Failure.ShouldBe("no_slack_address");
        failures.Count.ShouldBe(2);
        Slack.CallsTo("chat.postMessage").ShouldBeEmpty();
    }

    [Fact]
    public async Task A_rate_limit_that_outlasts_the_retries_is_a_transient_failure()
    {
        await App.CommandAsync(Rep, "lead Acme");
        Slack.Script("conversations.open", _ => Results.Json(new JsonObject { ["ok"] = false, ["error"] = "ratelimited" }));

        var result = await PublishAsync(await MemberAsync("slack:" + FakeSlack.Team, Rep), new Reply("Nudge"));

        result.Transient.ShouldBeTrue();
    }

    private sealed class FailureCounter : IDisposable
    {
        private readonly MeterListener _listener = new();
        private long _count;

        public FailureCounter()
        {
            _listener.InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == SlackPublisherMetrics.MeterName && instrument.Name == "followbot.slack.messages.failed")
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            };
            _listener.SetMeasurementEventCallback<long>((_, value, _, _) => Interlocked.Add(ref _count, value));
            _listener.Start();
        }

        public long Count => Interlocked.Read(ref _count);

        public void Dispose() => _listener.Dispose();
    }
}
