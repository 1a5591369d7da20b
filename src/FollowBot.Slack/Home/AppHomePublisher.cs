using System.Text.Json.Nodes;
using FollowBot.Slack.Inbound;
using FollowBot.Slack.Outbound;
using FollowBot.Slack.WebApi;
using Microsoft.Extensions.Logging;

namespace FollowBot.Slack.Home;

/// <summary>
/// App Home: the member's open deals (the <c>mine</c> command's list card, with its Open buttons) published with
/// <c>views.publish</c> each time the Home tab is opened, and after a click there changed something.
/// </summary>
public sealed class AppHomePublisher(
    SlackCredentials credentials,
    SlackProfiles profiles,
    SlackCommandRunner runner,
    SlackComposer composer,
    SlackApiMethods api,
    ILogger<AppHomePublisher> logger)
{
    /// <summary>The command whose answer is the Home tab.</summary>
    public const string HomeCommand = "mine";

    public async Task PublishAsync(string team, string user, string? dmChannel, CancellationToken cancellationToken)
    {
        var credential = await credentials.ForTeamAsync(team, cancellationToken);
        var profile = await profiles.GetAsync(team, user, cancellationToken);
        var outcome = await runner.RunAsync(SlackTranslator.FromTypedButton(team, new Protocol.SlackUser { Id = user }, HomeCommand, profile, dmChannel));
        var blocks = composer.Compose(outcome.Replies).Message?["blocks"]?.DeepClone() ?? new JsonArray();
        try
        {
            await api.PublishHomeAsync(credential.Token, user, new JsonObject { ["type"] = "home", ["blocks"] = blocks }, cancellationToken);
        }
        catch (SlackApiException ex)
        {
            // not_enabled: the Home tab is switched off in the app's settings.
            Log.HomeFailed(logger, ex.ErrorCode, user, team);
        }
    }
}
