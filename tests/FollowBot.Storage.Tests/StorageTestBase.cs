using FollowBot.Core.Domain;
using FollowBot.Core.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace FollowBot.Storage.Tests;

/// <summary>
/// Every test gets its own database (a SQLite file, or a PostgreSQL database: see <see cref="DatabaseTest"/> for the
/// pattern that runs each test class on both), migrated the way the Host does it and removed afterwards, so
/// concurrency tests see real locks and real unique indexes. Never the EF InMemory provider.
/// </summary>
public abstract class StorageTestBase(TestProvider provider) : DatabaseTest(provider)
{
    protected static readonly DateTimeOffset T0 = TestData.T0;

    private readonly List<ServiceProvider> _providers = [];

    protected FakeTimeProvider Time { get; } = new(T0);

    protected string ConnectionString => Database.ConnectionString;

    protected ServiceProvider Services { get; private set; } = null!;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        Services = NewProvider();
        await Services.MigrateFollowBotDatabaseAsync(Ct);
    }

    public override async ValueTask DisposeAsync()
    {
        foreach (var provider in _providers)
        {
            await provider.DisposeAsync();
        }

        await base.DisposeAsync();
    }

    /// <summary>
    /// Another app instance on the same database: its own container, contexts and (on PostgreSQL, when
    /// <paramref name="instance"/> is given) connection pool.
    /// </summary>
    protected ServiceProvider NewProvider(IDictionary<string, string?>? settings = null, string? instance = null)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(Database.Settings(instance))
            .AddInMemoryCollection(settings ?? new Dictionary<string, string?>())
            .Build();
        var services = new ServiceCollection().AddSingleton<TimeProvider>(Time).AddLogging();
        services.AddFollowBotStorage(configuration);
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
        _providers.Add(provider);
        return provider;
    }

    protected AsyncServiceScope NewScope() => Services.CreateAsyncScope();

    /// <summary>Runs <paramref name="work"/> with one service from a fresh scope, as one request would.</summary>
    protected async Task<TResult> InScopeAsync<TService, TResult>(Func<TService, Task<TResult>> work)
        where TService : notnull
    {
        await using var scope = NewScope();
        return await work(scope.ServiceProvider.GetRequiredService<TService>());
    }

    protected async Task InScopeAsync<TService>(Func<TService, Task> work)
        where TService : notnull
    {
        await using var scope = NewScope();
        await work(scope.ServiceProvider.GetRequiredService<TService>());
    }

    protected async Task<Workspace> AddWorkspaceAsync(string key = "playground") =>
        await InScopeAsync<IWorkspaceStore, Workspace>(s => s.AddAsync(TestData.Workspace(key), Ct));

    protected async Task<Member> AddMemberAsync(Workspace workspace, string externalId, Role role = Role.Rep) =>
        await InScopeAsync<IMemberStore, Member>(s => s.AddAsync(TestData.Member(workspace.Id, externalId, role), Ct));

    /// <summary>Takes the next number and inserts the deal with a "created" entry, as the create-lead handler does.</summary>
    protected async Task<Deal> AddDealAsync(Workspace workspace, string company, Member owner, Action<Deal>? shape = null)
    {
        await using var scope = NewScope();
        var store = scope.ServiceProvider.GetRequiredService<IDealStore>();
        var deal = TestData.Deal(workspace.Id, await store.NextNumberAsync(workspace.Id, Ct), company, owner.Id);
        shape?.Invoke(deal);
        await store.AddAsync(deal, [new TimelineEntry(deal, TimelineKind.Created, owner.Id, T0, "playground")], Ct);
        return deal;
    }
}
