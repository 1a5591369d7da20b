using FollowBot.Core.Persistence;
using FollowBot.Storage.Stores;
using Microsoft.Extensions.DependencyInjection;

namespace FollowBot.Storage;

public static class FollowUpStorageServiceCollectionExtensions
{
    /// <summary>The follow-up outbox and the engine's bulk reads, over the context <see cref="StorageServiceCollectionExtensions.AddFollowBotStorage"/> registers.</summary>
    public static IServiceCollection AddFollowBotFollowUpStorage(this IServiceCollection services)
    {
        services.AddScoped<IFollowUpOutbox, FollowUpOutbox>();
        services.AddScoped<IFollowUpReader, FollowUpReader>();
        return services;
    }
}
