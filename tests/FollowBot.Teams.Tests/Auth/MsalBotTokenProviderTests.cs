using FollowBot.Teams.Auth;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FollowBot.Teams.Tests.Auth;

/// <summary>
/// Outbound tokens through Microsoft.Identity.Client against a local https token endpoint: client credentials for
/// the Bot Framework scope at the configured authority, served from MSAL's cache until a refresh is forced.
/// </summary>
public sealed class MsalBotTokenProviderTests : IAsyncLifetime
{
    private const string AppId = "7f0c7a94-1f4b-4c8e-9a8e-2a1a4c6c0b01";
    private LocalTokenEndpoint _endpoint = null!;

    public async ValueTask InitializeAsync() => _endpoint = await LocalTokenEndpoint.StartAsync();

    public ValueTask DisposeAsync() => _endpoint.DisposeAsync();

    [Fact]
    public async Task A_token_is_requested_once_with_client_credentials_and_then_served_from_the_cache()
    {
        var provider = Provider(TeamsOptions.MultiTenant, "botframework.com");

        var first = await provider.GetTokenAsync(false, default);
        var second = await provider.GetTokenAsync(false, default);

        (first, second).ShouldBe(("token-1", "token-1"));
        var (path, form) = _endpoint.Requests.ShouldHaveSingleItem();
        path.ShouldBe("/botframework.com/oauth2/v2.0/token");
        form["grant_type"].ShouldBe("client_credentials");
        form["client_id"].ShouldBe(AppId);
        form["client_secret"].ShouldBe("test-secret");
        form["scope"].ShouldBe("https://api.botframework.com/.default");
    }

    [Fact]
    public async Task A_forced_refresh_asks_again_at_the_single_tenants_authority()
    {
        var provider = Provider(TeamsOptions.SingleTenant, "11111111-2222-3333-4444-555555555555");

        await provider.GetTokenAsync(false, default);
        (await provider.GetTokenAsync(true, default)).ShouldBe("token-2");

        _endpoint.Requests.Select(r => r.Path).ShouldBe(["/11111111-2222-3333-4444-555555555555/oauth2/v2.0/token", "/11111111-2222-3333-4444-555555555555/oauth2/v2.0/token"]);
    }

    [Theory]
    [InlineData(true, typeof(MsalBotTokenProvider))]
    [InlineData(false, typeof(NoBotTokenProvider))]
    public void With_an_app_id_the_channel_uses_msal_and_without_one_sends_no_token(bool appId, Type expected)
    {
        var settings = appId
            ? new Dictionary<string, string?> { ["Teams:MicrosoftAppId"] = AppId, ["Teams:MicrosoftAppPassword"] = "s", ["Teams:MicrosoftAppType"] = "MultiTenant" }
            : [];
        using var services = new ServiceCollection().AddLogging()
            .AddFollowBotTeams(new ConfigurationBuilder().AddInMemoryCollection(settings).Build()).BuildServiceProvider();

        services.GetRequiredService<IBotTokenProvider>().ShouldBeOfType(expected);
    }

    private MsalBotTokenProvider Provider(string appType, string tenant) => new(Options.Create(new TeamsOptions
    {
        MicrosoftAppId = AppId,
        MicrosoftAppPassword = "test-secret",
        MicrosoftAppType = appType,
        MicrosoftAppTenantId = appType == TeamsOptions.SingleTenant ? tenant : null,
        ToChannelFromBotLoginUrl = $"{_endpoint.Origin}/{tenant}",
    }), TimeProvider.System, _endpoint); // MSAL keeps the real clock; HeldTokenTests moves a fake one
}
