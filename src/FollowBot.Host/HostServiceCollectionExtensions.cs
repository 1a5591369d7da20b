using FollowBot.Core;
using FollowBot.Core.Cards;
using FollowBot.Core.Cards.Templating;
using FollowBot.Core.Options;
using FollowBot.Host.Playground;
using FollowBot.Host.Scheduling;
using FollowBot.Host.Reports;
using FollowBot.Slack;
using FollowBot.Storage;
using FollowBot.Teams;

namespace FollowBot.Host;

public static class HostServiceCollectionExtensions
{
    /// <summary>Binds every options section once and validates it at start (house rule 6), then wires the projects.</summary>
    public static IServiceCollection AddFollowBot(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<FollowBotOptions>().BindConfiguration(FollowBotOptions.Section).ValidateOnStart();
        services.AddOptions<CalendarOptions>().BindConfiguration(CalendarOptions.Section).ValidateOnStart();
        services.AddOptions<PipelineOptions>().BindConfiguration(PipelineOptions.Section).ValidateOnStart();
        services.AddOptions<PlaygroundOptions>().BindConfiguration(PlaygroundOptions.Section);
        services.AddFollowBotCore();
        services.AddFollowBotStorage(configuration);
        services.AddFollowBotReports(configuration);
        services.AddFollowBotFollowUps(configuration);

        // Channels: each brings its translator, endpoints and proactive publisher (chosen by ConversationRef.Channel).
        services.AddFollowBotTeams(configuration);
        services.AddFollowBotSlack(configuration);
        services.AddSingleton<ICardTemplateSource>(_ => DirectoryCardTemplateSource.Default("teams"));
        services.AddSingleton<CardRenderer>();
        services.AddSingleton<PlaygroundReplyRenderer>();
        services.AddScoped<MemberDirectoryReader>();
        services.AddScoped<PlaygroundPublisher>();
        services.AddScoped<FollowBot.Core.Conversations.IChatPublisher>(sp => sp.GetRequiredService<PlaygroundPublisher>());
        services.AddSingleton<PlaygroundInboxSignal>();
        services.AddSingleton<PlaygroundDemo>();

        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        services.AddHostedService<StartupMemoryTrim>(); // last: after every other start-up step
        return services;
    }
}
