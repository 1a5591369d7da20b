using FollowBot.Core.Commands;
using FollowBot.Core.Conversations;
using FollowBot.Host;
using FollowBot.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace FollowBot.Bench;

/// <summary>
/// FollowBot's services as the Host wires them (AddFollowBot in a Production host), on one database, without HTTP.
/// The host is built but never started: no scheduler runs, the benchmark calls what the scheduler would.
/// </summary>
internal sealed class BenchApp(IHost host) : IAsyncDisposable
{
    public IServiceProvider Services => host.Services;

    /// <param name="clock">FollowBot's clock, instead of the system's.</param>
    /// <param name="configure">Changes after AddFollowBot (an extra channel, a decorator).</param>
    /// <param name="settings">Configuration keys beside the database's.</param>
    public static async Task<BenchApp> StartAsync(
        BenchDatabase database, TimeProvider? clock = null, Action<IServiceCollection>? configure = null, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = Environments.Production });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = database.Provider,
            ["ConnectionStrings:FollowBot"] = database.ConnectionString,
        });
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        builder.Services.AddFollowBot(builder.Configuration);
        if (clock is not null)
        {
            builder.Services.Replace(ServiceDescriptor.Singleton(clock));
        }

        configure?.Invoke(builder.Services);
        var host = builder.Build();
        await host.Services.MigrateFollowBotDatabaseAsync(CancellationToken.None);
        return new BenchApp(host);
    }

    /// <summary>One command as one request: its own scope, its own context, through the engine.</summary>
    public async Task<CommandOutcome> SayAsync(string user, string text)
    {
        await using var scope = Services.CreateAsyncScope();
        var engine = scope.ServiceProvider.GetRequiredService<CommandEngine>();
        var outcome = await engine.HandleAsync(new CommandEnvelope(new WorkspaceRef("bench"), new ActorRef(user), "playground", text), CancellationToken.None);
        return outcome.IsError ? throw new InvalidOperationException($"'{text}' failed: {outcome.Replies[0].Text}") : outcome;
    }

    public async ValueTask DisposeAsync()
    {
        if (host is IAsyncDisposable disposable)
        {
            await disposable.DisposeAsync();
        }
        else
        {
            host.Dispose();
        }
    }
}
