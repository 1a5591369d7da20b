using FollowBot.Core.Persistence;
using FollowBot.Storage.Postgres;
using FollowBot.Storage.Sqlite;
using FollowBot.Storage.Stores;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FollowBot.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers the database for <c>Database:Provider</c> (one context per scope, also as
    /// <see cref="FollowBotDbContext"/>), the Core stores, <see cref="DeliveryLog"/> and <see cref="DatabaseProbe"/>.
    /// An unsupported provider stops the app here, with every failure the options validator gives.
    /// </summary>
    public static IServiceCollection AddFollowBotStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DatabaseOptions>()
            .Bind(configuration.GetSection(DatabaseOptions.Section))
            .Configure(o => o.ConnectionString = configuration.GetConnectionString(DatabaseOptions.ConnectionStringName) ?? o.ConnectionString)
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DatabaseOptions>, DatabaseOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.AddLogging();

        // The provider decides which context type (and so which migration set) exists and which SQL the summary runs;
        // everything else is shared.
        var provider = configuration.GetSection(DatabaseOptions.Section)[nameof(DatabaseOptions.Provider)] ?? DatabaseOptions.Sqlite;
        if (DatabaseOptions.IsSqlite(provider))
        {
            AddContext<SqliteFollowBotDbContext>(services, (options, connectionString) => SqliteFollowBotDbContext.Configure(options, connectionString));
            services.AddScoped<IPipelineReport, SqlitePipelineReport>();
        }
        else if (DatabaseOptions.IsPostgres(provider))
        {
            AddContext<PostgresFollowBotDbContext>(services, (options, connectionString) => PostgresFollowBotDbContext.Configure(options, connectionString));
            services.AddScoped<IPipelineReport, PostgresPipelineReport>();
        }
        else
        {
            // No context type to register: stop here, but with everything the validator would have listed at start.
            var options = new DatabaseOptions();
            configuration.GetSection(DatabaseOptions.Section).Bind(options);
            options.ConnectionString = configuration.GetConnectionString(DatabaseOptions.ConnectionStringName) ?? options.ConnectionString;
            var failures = new DatabaseOptionsValidator().Validate(null, options).Failures ?? [];
            throw new OptionsValidationException(DatabaseOptions.Section, typeof(DatabaseOptions), failures);
        }

        services.AddScoped<IWorkspaceStore, WorkspaceStore>();
        services.AddScoped<IMemberStore, MemberStore>();
        services.AddScoped<IDealStore, DealStore>();
        services.AddScoped<ISlaStore, SlaStore>();
        services.AddScoped<IMessageLog, MessageLog>();
        services.AddScoped<IConversationStore, ConversationStore>();
        services.AddSingleton<SavedConversations>();
        services.AddScoped<DatabaseProbe>();
        services.AddSingleton<DeliveryLog>();
        services.AddSingleton<IDeliveryLog>(sp => sp.GetRequiredService<DeliveryLog>());
        services.AddScoped<IBotTokenStore, BotTokenStore>();
        return services;
    }

    private static void AddContext<TContext>(IServiceCollection services, Action<DbContextOptionsBuilder, string> configure)
        where TContext : FollowBotDbContext
    {
        // Pooled: a context's first query in a scope built EF's per-context services anew, the largest single cost of
        // a command's lookups in issue 9's profile. The pool resets a context when its scope ends (DeliveryLog's
        // short-lived contexts come from the same pool).
        services.AddPooledDbContextFactory<TContext>((sp, options) =>
        {
            configure(options, sp.GetRequiredService<IOptions<DatabaseOptions>>().Value.ConnectionString);

            // With several instances, unique violations and version conflicts are everyday races that the stores
            // settle (house rule 4); EF would log each as an error. A failure nobody handles still surfaces as an
            // exception and is logged where it is caught (the Host's error handler, a job's runner).
            options.ConfigureWarnings(w => w.Log((CoreEventId.SaveChangesFailed, LogLevel.Debug), (RelationalEventId.CommandError, LogLevel.Debug)));
        });
        // Rented here, not aliased to the TContext EF registers: the container disposes what each registration hands
        // out, so an alias would return one context to the pool twice, the second time perhaps from another scope's hands.
        services.AddScoped<FollowBotDbContext>(sp => sp.GetRequiredService<IDbContextFactory<TContext>>().CreateDbContext());
        services.AddSingleton<IDbContextFactory<FollowBotDbContext>, ProviderContextFactory<TContext>>();
    }
}
