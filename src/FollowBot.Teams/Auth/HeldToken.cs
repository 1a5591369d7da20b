namespace FollowBot.Teams.Auth;

/// <summary>
/// The bot token in hand, reused until <paramref name="renewBefore"/> its expiry without asking the token source: in
/// issue 9's Teams profile the lookup in MSAL's cache took more samples than the connector call the token was for
/// (6% to 4.5%), and every reply needs a token. A forced refresh (the Connector refused the token) always asks.
/// </summary>
internal sealed class HeldToken(TimeProvider time, TimeSpan renewBefore)
{
    private volatile Held? _current; // one reference, swapped whole: callers on other threads never see half of one

    public async Task<string> GetAsync(bool forceRefresh, Func<bool, CancellationToken, Task<(string Token, DateTimeOffset ExpiresOn)>> acquire, CancellationToken cancellationToken)
    {
        if (!forceRefresh && _current is { } current && time.GetUtcNow() < current.ExpiresOn - renewBefore)
        {
            return current.Token;
        }

        var (token, expiresOn) = await acquire(forceRefresh, cancellationToken);
        _current = new Held(token, expiresOn);
        return token;
    }

    private sealed record Held(string Token, DateTimeOffset ExpiresOn);
}
