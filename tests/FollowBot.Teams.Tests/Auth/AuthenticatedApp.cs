using FollowBot.Teams.Tests.Infrastructure;

namespace FollowBot.Teams.Tests.Auth;

/// <summary>FollowBot in Production with an app id, trusting the local <see cref="FakeBotFrameworkLogin"/>.</summary>
public sealed class AuthenticatedApp : IAsyncLifetime
{
    public FakeBotFrameworkLogin Login { get; private set; } = null!;
    public ConnectorStub Connector { get; private set; } = null!;
    public TeamsApp App { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Login = await FakeBotFrameworkLogin.StartAsync();
        Connector = await ConnectorStub.StartAsync();
        App = new TeamsApp(Settings(Login), environment: "Production") { FixedOutboundToken = true };
        App.CreateClient().Dispose();
    }

    public static Dictionary<string, string?> Settings(FakeBotFrameworkLogin login) => new()
    {
        ["Teams:MicrosoftAppId"] = FakeBotFrameworkLogin.AppId,
        ["Teams:MicrosoftAppPassword"] = "test-secret",
        ["Teams:MicrosoftAppType"] = "MultiTenant",
        ["Teams:ToBotFromChannelOpenIdMetadataUrl"] = login.MetadataUrl,
        ["Teams:AdditionalServiceUrlHosts:0"] = "127.0.0.1",
    };

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        await Connector.DisposeAsync();
        await Login.DisposeAsync();
    }
}
