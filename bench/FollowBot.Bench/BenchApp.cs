using FollowBot.Core.Commands;
using FollowBot.Core.Conversations;
using FollowBot.Host;
using FollowBot.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FollowBot.Bench;

/// <summary>FollowBot's services as the Host wires them (AddFollowBot), on one database, without HTTP.</summary>
internal sealed class BenchApp(ServiceProvider services) : IAsyncDisposable
{
    public ServiceProvider Services { get; } = services;

    public static async Task<BenchApp> StartAsync(BenchDatabase database)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = database.Provider,
            ["ConnectionStrings:FollowBot"] = database.ConnectionString,
        }).Build();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning))
            .AddFollowBot(configuration)
            .BuildServiceProvider();
        await services.MigrateFollowBotDatabaseAsync(CancellationToken.None);
        return new BenchApp(services);
    }

    /// <summary>One command as one request: its own scope, its own context, through the engine.</summary>
    public async Task<CommandOutcome> SayAsync(string user, string text)
    {
        await using var scope = Services.CreateAsyncScope();
        var engine = scope.ServiceProvider.GetRequiredService<CommandEngine>();
        var outcome = await engine.HandleAsync(new CommandEnvelope(new WorkspaceRef("bench"), new ActorRef(user), "playground", text), CancellationToken.None);
        return outcome.IsError ? throw new InvalidOperationException($"'{text}' failed: {outcome.Replies[0].Text}") : outcome;
    }

    public ValueTask DisposeAsync() => Services.DisposeAsync();
}
