using System.Net;
using FollowBot.Teams.Tests.Infrastructure;

namespace FollowBot.Teams.Tests.Auth;

/// <summary>Without Teams:MicrosoftAppId: anonymous in Development (Emulator, Agents Playground), refused everywhere else.</summary>
public sealed class NoAppIdTests : IAsyncLifetime
{
    private ConnectorStub _connector = null!;

    public async ValueTask InitializeAsync() => _connector = await ConnectorStub.StartAsync();

    public async ValueTask DisposeAsync() => await _connector.DisposeAsync();

    [Fact]
    public async Task Outside_Development_every_request_is_refused()
    {
        await using var app = new TeamsApp(environment: "Production");

        var response = await app.PostActivityAsync(Recorded.Message("help", _connector.ServiceUrl));

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        app.StoredRows().ShouldBe(0);
    }

    [Fact]
    public async Task In_Development_a_request_without_a_token_is_served_and_answered_without_one()
    {
        await using var app = new TeamsApp();

        (await app.PostActivityAsync(Recorded.Message("help", _connector.ServiceUrl))).StatusCode.ShouldBe(HttpStatusCode.OK);

        var calls = await _connector.WaitForCallsAsync(1);
        calls[0].Authorization.ShouldBeNull();
    }

    [Fact]
    public async Task In_Development_a_token_that_cannot_be_validated_is_refused()
    {
        await using var app = new TeamsApp();

        var response = await app.PostActivityAsync(Recorded.Message("help", _connector.ServiceUrl), rawAuthorization: "Bearer eyJhbGciOiJub25lIn0.e30.");

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        app.StoredRows().ShouldBe(0);
    }

    [Fact]
    public async Task An_anonymous_request_may_not_name_a_remote_serviceUrl()
    {
        await using var app = new TeamsApp();

        var response = await app.PostActivityAsync(Recorded.Message("help", "https://smba.trafficmanager.net/amer/"));

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        app.StoredRows().ShouldBe(0);
    }
}
