using FollowBot.Teams.Auth;
using FollowBot.Teams.Outbound;
using FollowBot.Teams.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FollowBot.Teams.Tests.Outbound;

/// <summary>
/// The Teams registrations as AddFollowBotTeams makes them (HttpClient + resilience handler, throttle, policy), on a
/// <see cref="SignallingClock"/>, against a <see cref="ConnectorStub"/>. With an app id the bot sends a fixed token.
/// </summary>
internal sealed class ConnectorHarness : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private ConnectorHarness(ServiceProvider services, ConnectorStub stub, SignallingClock clock, FixedTokenProvider tokens)
    {
        _services = services;
        Stub = stub;
        Clock = clock;
        Tokens = tokens;
    }

    public ConnectorStub Stub { get; }
    public SignallingClock Clock { get; }
    public FixedTokenProvider Tokens { get; }
    public ConnectorClient Client => _services.GetRequiredService<ConnectorClient>();
    public ConversationThrottle Throttle => _services.GetRequiredService<ConversationThrottle>();

    public static async Task<ConnectorHarness> StartAsync(int perSecond = 7)
    {
        var clock = new SignallingClock(TeamsApp.Start);
        var stub = await ConnectorStub.StartAsync();
        stub.Clock = clock;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Teams:MicrosoftAppId"] = FakeBotFrameworkLogin.AppId,
            ["Teams:MicrosoftAppPassword"] = "test-secret",
            ["Teams:MicrosoftAppType"] = "MultiTenant",
            ["Teams:AdditionalServiceUrlHosts:0"] = "127.0.0.1",
            ["Teams:MessagesPerSecondPerConversation"] = perSecond.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }).Build();
        var tokens = new FixedTokenProvider(TeamsApp.OutboundToken);
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<TimeProvider>(clock)
            .AddFollowBotTeams(configuration);
        services.RemoveAll<IBotTokenProvider>();
        services.AddSingleton<IBotTokenProvider>(tokens);
        return new ConnectorHarness(services.BuildServiceProvider(), stub, clock, tokens);
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Stub.DisposeAsync();
    }
}
