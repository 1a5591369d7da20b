using FollowBot.Core.Cards;
using FollowBot.Core.Conversations;
using FollowBot.Core.Persistence;
using FollowBot.Slack.Rendering;
using FollowBot.Slack.WebApi;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FollowBot.Slack;

/// <summary>
/// At start, asks <c>auth.test</c> who the configured bot token is and stores it for its team, so a bad token shows
/// in the log at once. Slack being unreachable at that moment doesn't stop FollowBot: the first event asks again.
/// Then it warms the path of a first slash command (database queries, card rendering), which otherwise costs over a
/// second of Slack's three on a cold process. It runs before the server starts listening (hosted services start
/// first), for at most <see cref="WarmUpLimit"/>.
/// </summary>
public sealed class SlackStartup(
    SlackCredentials credentials,
    IServiceScopeFactory scopes,
    BlockKitRenderer renderer,
    IOptions<SlackOptions> options,
    TimeProvider time,
    ILogger<SlackStartup> logger) : IHostedService
{
    public static readonly TimeSpan WarmUpLimit = TimeSpan.FromSeconds(10);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        using var limit = new CancellationTokenSource(WarmUpLimit, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, limit.Token);
        try
        {
            var credential = await credentials.RegisterConfiguredTokenAsync(linked.Token);
            await WarmUpAsync(credential?.WorkspaceKey, linked.Token);
        }
        catch (Exception ex) when (ex is SlackApiException or HttpRequestException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            Log.StartupCheckFailed(logger, ex);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task WarmUpAsync(string? workspaceKey, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var workspace = await scope.ServiceProvider.GetRequiredService<IWorkspaceStore>().FindByKeyAsync(workspaceKey ?? "slack:", cancellationToken);
        if (workspace is not null)
        {
            await scope.ServiceProvider.GetRequiredService<IMemberStore>().FindByExternalIdAsync(workspace.Id, "-", cancellationToken);
            await scope.ServiceProvider.GetRequiredService<IDealStore>().QueryAsync(new DealQuery(workspace.Id) { Limit = 1 }, cancellationToken);
        }

        renderer.Render(new CardReply(CardId.Help, new HelpView("-", "-", [new HelpCommandItem("-", "-", "-")])));
    }
}
