using FollowBot.Core.Persistence;
using FollowBot.Storage.Sqlite;
using FollowBot.Storage.Stores;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace FollowBot.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers the database for <c>Storage:Provider</c> (one context per scope, also as
    /// <see cref="FollowBotDbContext"/>), the Core stores, <see cref="DeliveryLog"/> and <see cref="DatabaseProbe"/>.
    /// An unsupported provider stops the app here, with the same message the options validator gives.
    /// </summary>
    public static IServiceCollection AddFollowBotStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StorageOptions>()
            .Bind(configuration.GetSection(StorageOptions.Section))
            .Configure(o => o.ConnectionString = configuration.GetConnectionString(StorageOptions.ConnectionStringName) ?? o.ConnectionString)
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.AddLogging();

        // The provider decides which context type (and so which migration set) exists; everything else is shared.
        var provider = configuration.GetSection(StorageOptions.Section)[nameof(StorageOptions.Provider)] ?? StorageOptions.Sqlite;
        if (!string.Equals(provider, StorageOptions.Sqlite, StringComparison.OrdinalIgnoreCase))
        {
            throw new OptionsValidationException(StorageOptions.Section, typeof(StorageOptions), [StorageOptionsValidator.UnsupportedProvider(provider)]);
        }

        AddContext<SqliteFollowBotDbContext>(services, (options, connectionString) => SqliteFollowBotDbContext.Configure(options, connectionString));

        services.AddScoped<IWorkspaceStore, WorkspaceStore>();
        services.AddScoped<IMemberStore, MemberStore>();
        services.AddScoped<IDealStore, DealStore>();
        services.AddScoped<ISlaStore, SlaStore>();
        services.AddScoped<IMessageLog, MessageLog>();
        services.AddScoped<IConversationStore, ConversationStore>();
        services.AddScoped<DatabaseProbe>();
        services.AddSingleton<DeliveryLog>();
        services.AddSingleton<IDeliveryLog>(sp => sp.GetRequiredService<DeliveryLog>());
        services.AddScoped<IBotTokenStore, BotTokenStore>();
        return services;
    }

    private static void AddContext<TContext>(IServiceCollection services, Action<DbContextOptionsBuilder, string> configure)
        where TContext : FollowBotDbContext
    {
        // The factory (for DeliveryLog's own short-lived contexts) also registers TContext as scoped.
        services.AddDbContextFactory<TContext>((sp, options) =>
            configure(options, sp.GetRequiredService<IOptions<StorageOptions>>().Value.ConnectionString));
        services.AddScoped<FollowBotDbContext>(sp => sp.GetRequiredService<TContext>());
        services.AddSingleton<IDbContextFactory<FollowBotDbContext>, ProviderContextFactory<TContext>>();
    }
}
