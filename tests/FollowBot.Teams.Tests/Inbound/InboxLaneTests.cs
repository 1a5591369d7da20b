using FollowBot.Teams.Inbound;
using FollowBot.Teams.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace FollowBot.Teams.Tests.Inbound;

/// <summary>Background lanes: a conversation waiting out a 429 does not hold up the others, and keeps its own order.</summary>
public sealed class InboxLaneTests : IAsyncLifetime
{
    private readonly SignallingClock _clock = new(TeamsApp.Start);
    private ConnectorStub _connector = null!;
    private TeamsApp _app = null!;

    public async ValueTask InitializeAsync()
    {
        _connector = await ConnectorStub.StartAsync();
        _app = new TeamsApp(new() { ["Teams:Workers"] = "2" }, clock: _clock);
        _app.CreateClient().Dispose();
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        await _connector.DisposeAsync();
    }

    [Fact]
    public async Task A_throttled_conversation_waits_alone_while_another_is_answered()
    {
        var inbox = _app.Services.GetRequiredService<TeamsInbox>();
        const string slow = "conversation-throttled";
        var fast = Enumerable.Range(0, 100).Select(i => $"conversation-{i}").First(c => inbox.Lane(c) != inbox.Lane(slow));
        var throttledOnce = false;
        _connector.Respond = call => call.Path.Contains(slow, StringComparison.Ordinal) && !throttledOnce && (throttledOnce = true)
            ? (429, """{"error":{"code":"Throttled","message":"slow down"}}""", "30")
            : null;

        await PostAsync(slow, "hello");
        while (await _clock.NextWaitAsync() != TimeSpan.FromSeconds(30))
        {
            // other waits on the clock are not the retry's
        }

        await PostAsync(fast, "hello");

        var calls = await _connector.WaitForCallsAsync(2);
        calls[1].Path.ShouldContain(fast);
        _clock.Advance(TimeSpan.FromSeconds(30));
        (await _connector.WaitForCallsAsync(3))[2].Path.ShouldContain(slow);
    }

    private async Task PostAsync(string conversation, string text)
    {
        var activity = Recorded.Message(text, _connector.ServiceUrl);
        activity["conversation"]!["id"] = conversation;
        (await _app.PostActivityAsync(activity)).EnsureSuccessStatusCode();
    }
}
