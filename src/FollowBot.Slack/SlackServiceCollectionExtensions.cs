using FollowBot.Core.Conversations;
using FollowBot.Slack.Home;
using FollowBot.Slack.Inbound;
using FollowBot.Slack.Outbound;
using FollowBot.Slack.Rendering;
using FollowBot.Slack.Signing;
using FollowBot.Slack.SocketMode;
using FollowBot.Slack.WebApi;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace FollowBot.Slack;

public static class SlackServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="SlackOptions"/> (section <c>Slack</c>, secrets also from <c>SLACK_SIGNING_SECRET</c>,
    /// <c>SLACK_BOT_TOKEN</c>, <c>SLACK_APP_TOKEN</c>) and validates them at start; when Slack is enabled, registers the
    /// Web API client, the receivers, the work queue and its workers, Socket Mode and the Slack <see cref="IChatPublisher"/>.
    /// Needs the Core engine and the persistence ports (IDeliveryLog, IBotTokenStore, IConversationStore) registered.
    /// </summary>
    public static IServiceCollection AddFollowBotSlack(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SlackOptions>()
            .Bind(configuration.GetSection(SlackOptions.Section))
            .PostConfigure(o =>
            {
                o.SigningSecret = NonEmpty(configuration["SLACK_SIGNING_SECRET"]) ?? o.SigningSecret;
                o.BotToken = NonEmpty(configuration["SLACK_BOT_TOKEN"]) ?? o.BotToken;
                o.AppToken = NonEmpty(configuration["SLACK_APP_TOKEN"]) ?? o.AppToken;
            })
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SlackOptions>, SlackOptionsValidator>());
        if (!configuration.GetSection(SlackOptions.Section).GetValue<bool>(nameof(SlackOptions.Enabled)))
        {
            return services;
        }

        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpClient(SlackApiClient.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(30));
        services.AddMetrics();
        services.AddSingleton<SlackRequestVerifier>();
        services.AddSingleton<SlackApiClient>();
        services.AddSingleton<ChannelPacer>();
        services.AddSingleton<SlackApiMethods>();
        services.AddSingleton<SlackCredentials>();
        services.AddSingleton<SlackProfiles>();
        services.AddSingleton(_ => SlackCardTemplates.Default());
        services.AddSingleton<BlockKitRenderer>();
        services.AddSingleton<SlackComposer>();
        services.AddSingleton<SlackResponder>();
        services.AddSingleton<SlackCommandRunner>();
        services.AddSingleton<SlackWorkQueue>();
        services.AddSingleton<SlashCommandReceiver>();
        services.AddSingleton<EventReceiver>();
        services.AddSingleton<InteractionReceiver>();
        services.AddSingleton<SlackEventHandler>();
        services.AddSingleton<AppHomePublisher>();
        services.AddSingleton<SocketModeDispatcher>();
        services.AddSingleton<SlackPublisherMetrics>();
        services.AddScoped<SlackPublisher>();
        services.AddScoped<IChatPublisher>(sp => sp.GetRequiredService<SlackPublisher>());
        services.AddHostedService<SlackStartup>();
        services.AddHostedService<SlackWorker>();
        services.AddHostedService<SocketModeService>();
        return services;
    }

    /// <summary>Maps <c>/slack/commands</c>, <c>/slack/events</c> and <c>/slack/interactions</c> when Slack is enabled with a signing secret.</summary>
    public static IEndpointRouteBuilder MapFollowBotSlack(this IEndpointRouteBuilder app)
    {
        var options = app.ServiceProvider.GetRequiredService<IOptions<SlackOptions>>().Value;
        return options.Enabled && options.HttpEndpoints ? app.MapSlackEndpoints() : app;
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
