using FollowBot.Teams.Protocol;

namespace FollowBot.Teams.Tests.Outbound;

/// <summary>At most 7 sends per conversation in any second (Teams' per-thread limit), per conversation.</summary>
public sealed class ConversationThrottleTests : IAsyncLifetime
{
    private static readonly OutgoingActivity Hi = new("message", "hi");
    private ConnectorHarness _h = null!;

    public async ValueTask InitializeAsync() => _h = await ConnectorHarness.StartAsync();

    public ValueTask DisposeAsync() => _h.DisposeAsync();

    [Fact]
    public async Task The_eighth_send_in_one_second_waits_for_the_window_and_other_conversations_do_not()
    {
        for (var i = 0; i < 7; i++)
        {
            await _h.Client.SendAsync(_h.Stub.ServiceUrl, "conversation-a", Hi, default);
        }

        var eighth = _h.Client.SendAsync(_h.Stub.ServiceUrl, "conversation-a", Hi, default);
        (await _h.Clock.NextWaitAsync()).ShouldBe(TimeSpan.FromSeconds(1));
        eighth.IsCompleted.ShouldBeFalse();
        await _h.Client.SendAsync(_h.Stub.ServiceUrl, "conversation-b", Hi, default);

        _h.Clock.Advance(TimeSpan.FromSeconds(1));
        await eighth;

        var a = _h.Stub.Calls.Where(c => c.Path.Contains("conversation-a", StringComparison.Ordinal)).ToList();
        a.Count.ShouldBe(8);
        (a[7].At - a[0].At).ShouldBe(TimeSpan.FromSeconds(1));
        _h.Stub.Calls.Single(c => c.Path.Contains("conversation-b", StringComparison.Ordinal)).At.ShouldBe(a[0].At);
    }

    [Fact]
    public async Task The_window_slides_so_sends_spread_over_a_second_never_wait()
    {
        for (var i = 0; i < 20; i++)
        {
            await _h.Throttle.WaitAsync("conversation-c", default);
            _h.Clock.Advance(TimeSpan.FromMilliseconds(150));
        }

        _h.Clock.NoWaitPending.ShouldBeTrue();
    }
}
