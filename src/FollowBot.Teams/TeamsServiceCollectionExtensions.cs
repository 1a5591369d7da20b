using System.Net;
using FollowBot.Core.Conversations;
using FollowBot.Teams.Auth;
using FollowBot.Teams.Inbound;
using FollowBot.Teams.Outbound;
using FollowBot.Teams.Rendering;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

namespace FollowBot.Teams;

public static class TeamsServiceCollectionExtensions
{
    /// <summary>
    /// The Teams channel: options (section <c>Teams</c>, validated at start), inbound authentication, the background
    /// inbox, the Connector client with its retry policy, and the <c>teams</c> <see cref="IChatPublisher"/>.
    /// </summary>
    public static IServiceCollection AddFollowBotTeams(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<TeamsOptions>().Bind(configuration.GetSection(TeamsOptions.Section)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TeamsOptions>, TeamsOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.AddMetrics();

        services.AddHttpClient(nameof(OpenIdKeyCache));
        services.AddSingleton(sp => ActivatorUtilities.CreateInstance<OpenIdKeyCache>(sp, sp.GetRequiredService<IHttpClientFactory>().CreateClient(nameof(OpenIdKeyCache))));
        services.AddSingleton<BotFrameworkAuthenticator>();
        services.TryAddSingleton<IBotTokenProvider>(sp => sp.GetRequiredService<IOptions<TeamsOptions>>().Value.HasAppId
            ? ActivatorUtilities.CreateInstance<MsalBotTokenProvider>(sp)
            : new NoBotTokenProvider());

        services.AddSingleton<ServiceUrlPolicy>();
        services.AddSingleton<ConversationThrottle>();
        services.AddSingleton<TeamsReplyRenderer>();
        services.AddSingleton<TeamsMetrics>();
        services.AddHttpClient<ConnectorClient>().AddResilienceHandler("teams-connector", (pipeline, context) =>
        {
            pipeline.TimeProvider = context.ServiceProvider.GetRequiredService<TimeProvider>();
            pipeline.AddRetry(ConnectorRetry());
        });

        services.AddSingleton<TeamsInbox>();
        services.AddHostedService<TeamsWorker>();
        services.AddScoped<ReferenceRecorder>();
        services.AddScoped<TurnProcessor>();
        services.AddScoped<InvokeHandler>();
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IChatPublisher, TeamsPublisher>());
        return services;
    }

    /// <summary><c>POST /api/messages</c>, the Bot Framework messaging endpoint.</summary>
    public static IEndpointRouteBuilder MapFollowBotTeams(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/messages", TeamsEndpoint.PostAsync);
        return app;
    }

    /// <summary>
    /// teams-protocol.md §3.5: 429 waits for Retry-After, 412/502/503/504 back off exponentially with jitter
    /// (3 tries, from 2 s); 500 and every other 4xx are final. A connection that failed is tried again too.
    /// </summary>
    internal static HttpRetryStrategyOptions ConnectorRetry() => new()
    {
        MaxRetryAttempts = 3,
        BackoffType = DelayBackoffType.Exponential,
        UseJitter = true,
        Delay = TimeSpan.FromSeconds(2),
        MaxDelay = TimeSpan.FromSeconds(20),
        ShouldRetryAfterHeader = true,
        ShouldHandle = args => ValueTask.FromResult(args.Outcome switch
        {
            { Result.StatusCode: HttpStatusCode.TooManyRequests or HttpStatusCode.PreconditionFailed or HttpStatusCode.BadGateway
                or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout } => true,
            { Exception: HttpRequestException } => true,
            _ => false,
        }),
    };
}
