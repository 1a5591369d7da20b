using Microsoft.EntityFrameworkCore;

namespace FollowBot.Storage;

/// <summary>Hands out the configured provider's context as the provider-neutral type the rest of Storage uses.</summary>
internal sealed class ProviderContextFactory<TContext>(IDbContextFactory<TContext> inner) : IDbContextFactory<FollowBotDbContext>
    where TContext : FollowBotDbContext
{
    public FollowBotDbContext CreateDbContext() => inner.CreateDbContext();

    public async Task<FollowBotDbContext> CreateDbContextAsync(CancellationToken cancellationToken = default) =>
        await inner.CreateDbContextAsync(cancellationToken);
}
