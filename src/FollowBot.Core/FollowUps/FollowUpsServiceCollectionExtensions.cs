using FollowBot.Core.Commands.Deals;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace FollowBot.Core.FollowUps;

public static class FollowUpsServiceCollectionExtensions
{
    /// <summary>
    /// The follow-up engine's use cases (sweeper, planners, dispatcher, message writers) and the validator of
    /// <see cref="NudgeOptions"/>. The host binds the options and schedules the sweeps; Storage provides
    /// <c>IFollowUpOutbox</c> and <c>IFollowUpReader</c>.
    /// </summary>
    public static IServiceCollection AddFollowBotFollowUpsCore(this IServiceCollection services)
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<NudgeOptions>, NudgeOptionsValidator>());
        services.TryAddSingleton<Claimant>();
        services.TryAddSingleton<QuietHours>();
        services.TryAddSingleton<PublisherSet>();
        services.TryAddSingleton<NudgeMessages>();
        services.TryAddScoped<TeamChannelDirectory>();
        services.TryAddScoped<DigestMessages>();
        services.TryAddScoped<WeeklyReviewMessages>();
        services.TryAddScoped<DealPresenter>();
        services.TryAddScoped<DeliveryPlanner>();
        services.TryAddScoped<FollowUpPlanner>();
        services.TryAddScoped<FollowUpDispatcher>();
        services.TryAddScoped<FollowUpSweeper>();
        services.TryAddScoped<DigestPlanner>();
        return services;
    }
}
