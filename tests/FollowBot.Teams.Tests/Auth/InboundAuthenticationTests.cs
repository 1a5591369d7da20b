using System.Net;
using FollowBot.Teams.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace FollowBot.Teams.Tests.Auth;

/// <summary>
/// teams-protocol.md §2.2 with tokens minted here against a local OpenID metadata + JWKS endpoint: a good channel
/// token is served; every wrong one is a 401 with nothing processed or stored (the database stays empty and the
/// connector hears nothing).
/// </summary>
public sealed class InboundAuthenticationTests : IAsyncLifetime
{
    private readonly AuthenticatedApp _host = new();

    private FakeBotFrameworkLogin Login => _host.Login;
    private ConnectorStub Connector => _host.Connector;
    private TeamsApp App => _host.App;

    public static TheoryData<string> RefusedCases =>
    [
        "expired", "not yet valid", "wrong audience", "wrong issuer", "unknown key", "key endorsed only for webchat",
        "key without endorsements", "serviceurl mismatch", "no serviceurl claim", "alg none", "garbage header",
        "basic scheme", "empty bearer", "no header",
    ];

    public ValueTask InitializeAsync() => _host.InitializeAsync();

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task A_valid_channel_token_is_served_and_the_reply_carries_the_bot_token()
    {
        var response = await App.PostActivityAsync(Recorded.Message("help", Connector.ServiceUrl), Login.Mint(App.Now, Connector.ServiceUrl));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var calls = await Connector.WaitForCallsAsync(1);
        calls[0].Authorization.ShouldBe("Bearer " + TeamsApp.OutboundToken);
        App.StoredRows().ShouldBeGreaterThan(0);
    }

    [Theory]
    [MemberData(nameof(RefusedCases))]
    public async Task A_wrong_token_is_refused_with_401_and_nothing_is_stored(string @case)
    {
        var now = App.Now;
        var url = Connector.ServiceUrl;
        var (token, raw) = @case switch
        {
            "expired" => (Login.Mint(now, url, notBefore: now.AddHours(-2), expires: now.AddMinutes(-6)), null),
            "not yet valid" => (Login.Mint(now, url, notBefore: now.AddMinutes(6)), null),
            "wrong audience" => (Login.Mint(now, url, audience: "0f1e2d3c-0000-4000-8000-000000000000"), null),
            "wrong issuer" => (Login.Mint(now, url, issuer: "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/"), null),
            "unknown key" => (Login.Mint(now, url, Login.Rogue), null),
            "key endorsed only for webchat" => (Login.Mint(now, url, Login.WebchatOnly), null),
            "key without endorsements" => (Login.Mint(now, url, Login.Unendorsed), null),
            "serviceurl mismatch" => (Login.Mint(now, "https://smba.trafficmanager.net/amer/"), null),
            "no serviceurl claim" => (Login.Mint(now, null), null),
            "alg none" => (FakeBotFrameworkLogin.Unsigned(now, url), null),
            "garbage header" => (null, "Bearer not-a-jwt"),
            "basic scheme" => (null, "Basic dXNlcjpwYXNz"),
            "empty bearer" => (null, "Bearer "),
            "no header" => ((string?)null, (string?)null),
            _ => throw new ArgumentOutOfRangeException(nameof(@case)),
        };

        var response = await App.PostActivityAsync(Recorded.Message("lead Acme value=5000", url), token, raw);

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized, @case);
        App.StoredRows().ShouldBe(0, @case);
        Connector.Calls.ShouldBeEmpty(@case);
    }

    [Theory]
    [InlineData(-4)]
    [InlineData(4)]
    public async Task Five_minutes_of_clock_skew_are_allowed(int minutes)
    {
        var now = App.Now;
        var token = minutes < 0
            ? Login.Mint(now, Connector.ServiceUrl, notBefore: now.AddHours(-1), expires: now.AddMinutes(minutes))
            : Login.Mint(now, Connector.ServiceUrl, notBefore: now.AddMinutes(minutes));

        (await App.PostActivityAsync(Recorded.Message("help", Connector.ServiceUrl), token)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Keys_are_cached_and_fetched_again_when_an_unknown_key_id_arrives()
    {
        var clock = (FakeTimeProvider)App.Clock;
        (await App.PostActivityAsync(Recorded.Message("help", Connector.ServiceUrl), Login.Mint(App.Now, Connector.ServiceUrl))).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await App.PostActivityAsync(Recorded.Message("help", Connector.ServiceUrl), Login.Mint(App.Now, Connector.ServiceUrl))).StatusCode.ShouldBe(HttpStatusCode.OK);
        Login.MetadataFetches.ShouldBe(1);
        Login.KeyFetches.ShouldBe(1);

        // An unknown key right after a fetch does not fetch again (random key ids must not hammer the endpoint)...
        (await App.PostActivityAsync(Recorded.Message("help", Connector.ServiceUrl), Login.Mint(App.Now, Connector.ServiceUrl, Login.Rotated))).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        Login.KeyFetches.ShouldBe(1);

        // ...but once Microsoft has rotated, the new key is fetched and accepted.
        Login.Rotate();
        clock.Advance(TimeSpan.FromMinutes(2));
        (await App.PostActivityAsync(Recorded.Message("help", Connector.ServiceUrl), Login.Mint(App.Now, Connector.ServiceUrl, Login.Rotated))).StatusCode.ShouldBe(HttpStatusCode.OK);
        Login.MetadataFetches.ShouldBe(2);
        Login.KeyFetches.ShouldBe(2);
    }

    [Fact]
    public async Task The_serviceurl_claim_is_compared_ignoring_case_and_one_trailing_slash()
    {
        var claim = Connector.ServiceUrl.TrimEnd('/').ToUpperInvariant().Replace("HTTP://", "http://", StringComparison.Ordinal);

        (await App.PostActivityAsync(Recorded.Message("help", Connector.ServiceUrl), Login.Mint(App.Now, claim))).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
