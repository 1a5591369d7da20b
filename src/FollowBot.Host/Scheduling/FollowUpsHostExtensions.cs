using FollowBot.Core.FollowUps;
using FollowBot.Host.Playground;
using FollowBot.Storage;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Quartz;

namespace FollowBot.Host.Scheduling;

public static class FollowUpsHostExtensions
{
    /// <summary>
    /// The follow-up engine (section <c>FollowBot:Nudges</c>, validated at start), its storage, and Quartz on the
    /// in-memory job store with two triggers: the sweep every <see cref="NudgeOptions.SweepInterval"/> and digest
    /// planning every minute. Quartz runs on FollowBot's own clock, so the Playground clock and test clocks move it too.
    /// In Development with the Playground on, that clock is the <see cref="PlaygroundClock"/>.
    /// </summary>
    public static IServiceCollection AddFollowBotFollowUps(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<NudgeOptions>().BindConfiguration(NudgeOptions.Section).ValidateOnStart();
        services.AddFollowBotFollowUpsCore();
        services.AddFollowBotFollowUpStorage();
        services.AddScoped<ITeamChannelPublisher, PlaygroundTeamChannelPublisher>();

        services.TryAddSingleton(_ => new PlaygroundClock(TimeProvider.System));
        services.Replace(ServiceDescriptor.Singleton<TimeProvider>(sp =>
            UsesPlaygroundClock(sp) ? sp.GetRequiredService<PlaygroundClock>() : TimeProvider.System));

        var nudges = configuration.GetSection(NudgeOptions.Section).Get<NudgeOptions>() ?? new NudgeOptions();
        if (!nudges.Enabled)
        {
            return services;
        }

        // An invalid interval is reported by the options validator at start; Quartz must not fail first.
        var interval = nudges.SweepInterval > TimeSpan.Zero ? nudges.SweepInterval : TimeSpan.FromSeconds(15);
        services.AddQuartz(q =>
        {
            q.ScheduleJob<SweepFollowUpsJob>(
                t => t.WithIdentity("sweep-follow-ups", "follow-ups").StartNow()
                    .WithSchedule(SimpleScheduleBuilder.Create().WithInterval(interval).RepeatForever()
                        .WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount)),
                j => j.WithIdentity(SweepFollowUpsJob.Key));
            q.ScheduleJob<PlanDigestsJob>(
                t => t.WithIdentity("plan-digests", "follow-ups").StartNow()
                    .WithSchedule(SimpleScheduleBuilder.Create().WithInterval(TimeSpan.FromMinutes(1)).RepeatForever()
                        .WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount)),
                j => j.WithIdentity(PlanDigestsJob.Key));
        });
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        return services;
    }

    /// <summary><c>POST /api/playground/clock</c>, in Development with the Playground on, and nowhere else.</summary>
    public static IEndpointRouteBuilder MapFollowBotFollowUps(this IEndpointRouteBuilder app)
    {
        if (UsesPlaygroundClock(app.ServiceProvider))
        {
            app.MapPlaygroundClock();
        }

        return app;
    }

    private static bool UsesPlaygroundClock(IServiceProvider services) =>
        services.GetRequiredService<IHostEnvironment>().IsDevelopment()
        && services.GetRequiredService<IOptions<PlaygroundOptions>>().Value.Enabled;
}
