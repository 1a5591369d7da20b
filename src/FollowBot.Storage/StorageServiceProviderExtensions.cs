using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FollowBot.Storage;

public static class StorageServiceProviderExtensions
{
    /// <summary>
    /// Brings the database up to the newest migration of the configured provider; call once at start, before the
    /// app takes traffic. Safe when several instances start together (see each provider's MigrateAsync).
    /// </summary>
    public static async Task MigrateFollowBotDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FollowBotDbContext>();
        await db.MigrateAsync(cancellationToken);
    }
}
