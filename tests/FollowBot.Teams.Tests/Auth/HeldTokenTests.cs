using FollowBot.Teams.Auth;
using Microsoft.Extensions.Time.Testing;

namespace FollowBot.Teams.Tests.Auth;

/// <summary>The bot token in hand: reused until five minutes before it expires, then asked for again; a forced refresh always asks.</summary>
public sealed class HeldTokenTests
{
    private static readonly DateTimeOffset T0 = new(2026, 12, 1, 2, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider _clock = new(T0);
    private readonly List<bool> _asked = [];

    private Task<(string, DateTimeOffset)> Acquire(bool force, CancellationToken _)
    {
        _asked.Add(force);
        return Task.FromResult(($"token-{_asked.Count}", _clock.GetUtcNow().AddSeconds(3599)));
    }

    [Fact]
    public async Task The_token_serves_until_five_minutes_before_it_expires_then_a_new_one_is_asked_for()
    {
        var held = new HeldToken(_clock, MsalBotTokenProvider.RenewBefore);

        (await held.GetAsync(false, Acquire, default)).ShouldBe("token-1");
        _clock.Advance(TimeSpan.FromSeconds(3599) - MsalBotTokenProvider.RenewBefore - TimeSpan.FromSeconds(1));
        (await held.GetAsync(false, Acquire, default)).ShouldBe("token-1");
        _asked.Count.ShouldBe(1);

        _clock.Advance(TimeSpan.FromSeconds(1));
        (await held.GetAsync(false, Acquire, default)).ShouldBe("token-2");
        (await held.GetAsync(false, Acquire, default)).ShouldBe("token-2");
        _asked.ShouldBe([false, false]);
    }

    [Fact]
    public async Task A_forced_refresh_asks_even_with_a_fresh_token_in_hand_and_says_so()
    {
        var held = new HeldToken(_clock, MsalBotTokenProvider.RenewBefore);

        await held.GetAsync(false, Acquire, default);
        (await held.GetAsync(true, Acquire, default)).ShouldBe("token-2");
        (await held.GetAsync(false, Acquire, default)).ShouldBe("token-2");
        _asked.ShouldBe([false, true]);
    }
}
