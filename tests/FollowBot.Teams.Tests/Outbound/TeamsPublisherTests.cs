using System.Diagnostics.Metrics;
using FollowBot.Core.Cards;
using FollowBot.Core.Conversations;
using FollowBot.Teams.Outbound;
using FollowBot.Teams.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace FollowBot.Teams.Tests.Outbound;

/// <summary>
/// Proactive messages (nudges, digests) through the <c>teams</c> publisher, to members known from recorded
/// activities: into their personal chat, or a 1:1 created once; an unreachable member is a counted failure.
/// </summary>
public sealed class TeamsPublisherTests : IAsyncLifetime
{
    private ConnectorStub _connector = null!;
    private TeamsApp _app = null!;

    public async ValueTask InitializeAsync()
    {
        _connector = await ConnectorStub.StartAsync();
        _app = new TeamsApp();
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        await _connector.DisposeAsync();
    }

    [Fact]
    public async Task A_member_met_in_their_personal_chat_is_messaged_there_with_a_notification()
    {
        await MeetAsync("playground-activity-message-text");

        var result = await PublishAsync(new Reply("Deal #1 is due", new CardReply(CardId.Help, new HelpView("Title", "Intro", []))));

        result.Delivered.ShouldBeTrue();
        var calls = _connector.Calls;
        calls.Select(c => (c.Method, c.Path)).ShouldBe([("POST", $"/v3/conversations/{Recorded.PersonalChat}/activities"), ("POST", $"/v3/conversations/{Recorded.PersonalChat}/activities")]);
        ((bool)calls[0].Body!["channelData"]!["notification"]!["alert"]!).ShouldBeTrue();
        ((string?)calls[0].Body!["text"]).ShouldBe("Deal #1 is due");
        calls[1].Body!["channelData"].ShouldBeNull("one notification per message FollowBot starts");
        ((string?)calls[1].Card!["type"]).ShouldBe("AdaptiveCard");
        result.MessageId.ShouldBe(calls[1].Id, "the card's id, which a later update replaces");
    }

    [Fact]
    public async Task A_member_met_only_in_a_channel_gets_a_one_to_one_created_once()
    {
        await MeetAsync("playground-activity-channel-mention");

        (await PublishAsync(new Reply("first"))).Delivered.ShouldBeTrue();
        (await PublishAsync(new Reply("second"))).Delivered.ShouldBeTrue();

        var calls = _connector.Calls;
        calls.Select(c => c.Path).ShouldBe(["/v3/conversations", $"/v3/conversations/{Uri.EscapeDataString(calls[0].Id)}/activities", $"/v3/conversations/{Uri.EscapeDataString(calls[0].Id)}/activities"]);
        calls[0].Body!.ToJsonString().ShouldBe(
            """{"isGroup":false,"bot":{"id":"BOT"},"members":[{"id":"user-id-0"}],"tenantId":"TENANT","channelData":{"tenant":{"id":"TENANT"}}}"""
                .Replace("BOT", Recorded.BotId, StringComparison.Ordinal).Replace("TENANT", Recorded.TenantId, StringComparison.Ordinal));
        TeamsAddress.Parse((await _app.ReferenceAsync(Recorded.TenantId, Recorded.UserAad))!)!.ConversationId.ShouldBe(calls[0].Id);
    }

    [Fact]
    public async Task A_member_who_blocked_the_bot_is_a_counted_failure_not_an_exception()
    {
        await MeetAsync("playground-activity-message-text");
        _connector.Respond = _ => (403, """{"error":{"code":"Forbidden","message":"{\"subCode\":\"MessageWritesBlocked\"}"}}""", null);
        var failures = new List<(long Value, string? Code)>();
        using var listener = Listen(failures);

        var result = await PublishAsync(new Reply("nudge"));

        result.Delivered.ShouldBeFalse();
        result.Transient.ShouldBeFalse();
        result.Failure!.ShouldStartWith("MessageWritesBlocked");
        failures.ShouldBe([(1L, "MessageWritesBlocked")]);
    }

    [Fact]
    public async Task A_member_never_met_on_teams_is_a_failure_without_a_call()
    {
        await MeetAsync("playground-activity-message-text");
        var other = await _app.MemberAsync(Recorded.TenantId, Recorded.UserAad);
        using var scope = _app.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<FollowBot.Core.Persistence.IConversationStore>()
            .SaveAsync(other!.WorkspaceId, other.Id, new ConversationRef("teams", "not json"), default);

        var result = await PublishAsync(new Reply("nudge"));

        result.Delivered.ShouldBeFalse();
        result.Failure!.ShouldStartWith("NoConversation");
        _connector.Calls.ShouldBeEmpty();
    }

    private async Task MeetAsync(string fixture)
    {
        (await _app.PostActivityAsync(Recorded.Activity(fixture, _connector.ServiceUrl))).EnsureSuccessStatusCode();
        await _connector.WaitForCallsAsync(1);
        _connector.Clear();
    }

    private async Task<PublishResult> PublishAsync(Reply reply)
    {
        var member = await _app.MemberAsync(Recorded.TenantId, Recorded.UserAad);
        using var scope = _app.Services.CreateScope();
        var publisher = scope.ServiceProvider.GetServices<IChatPublisher>().Single(p => p.Channel == "teams");
        return await publisher.PublishAsync(member!, reply, default);
    }

    private static MeterListener Listen(List<(long, string?)> failures)
    {
        var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == TeamsMetrics.MeterName && instrument.Name == "followbot.teams.proactive.failed")
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            lock (failures)
            {
                failures.Add((value, tags.ToArray().FirstOrDefault(t => t.Key == "code").Value as string));
            }
        });
        listener.Start();
        return listener;
    }
}
