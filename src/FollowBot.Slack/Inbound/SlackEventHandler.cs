using FollowBot.Core.Persistence;
using FollowBot.Slack.Home;
using FollowBot.Slack.Outbound;
using FollowBot.Slack.Protocol;
using FollowBot.Slack.WebApi;
using Microsoft.Extensions.Logging;

namespace FollowBot.Slack.Inbound;

/// <summary>
/// One accepted event, after the acknowledgement: a DM or a mention goes through the command engine and is answered
/// in the same place (in the thread if it came from one); opening App Home refreshes the member's dashboard. The
/// app's own messages, other bots and message subtypes (edits, joins, …) are ignored, so FollowBot never answers
/// itself (bot messages often carry no <c>subtype</c>, which is why the bot's user id is checked too).
/// </summary>
public sealed class SlackEventHandler(
    SlackCredentials credentials,
    SlackProfiles profiles,
    SlackCommandRunner runner,
    SlackResponder responder,
    AppHomePublisher home,
    ILogger<SlackEventHandler> logger)
{
    public async Task HandleAsync(EventEnvelope envelope, CancellationToken cancellationToken)
    {
        var ev = envelope.Event!;
        var team = envelope.TeamId ?? ev.Team;
        if (team is null || ev.User is null)
        {
            return;
        }

        var credential = await credentials.ForTeamAsync(team, cancellationToken);
        switch (ev.Type)
        {
            case "app_home_opened" when ev.Tab == "home":
                await home.PublishAsync(team, ev.User, ev.Channel, cancellationToken);
                return;
            case "app_mention":
            case "message" when ev.ChannelType == "im":
                if (IsIgnored(ev, credential))
                {
                    Log.Ignored(logger, envelope.EventId ?? "?", ev.Subtype ?? ev.BotId ?? "self");
                    return;
                }

                var profile = await profiles.GetAsync(team, ev.User, cancellationToken);
                var outcome = await runner.RunAsync(SlackTranslator.FromMessage(team, ev, credential.BotUserId, profile));
                var target = new ReplyTarget(team, ev.User, credential.Token) { Channel = ev.Channel, ThreadTs = ev.ThreadTs };
                await responder.DeliverAsync(outcome, target, cancellationToken);
                return;
        }
    }

    private static bool IsIgnored(SlackEvent ev, BotCredential credential) =>
        ev.BotId is not null || ev.User == credential.BotUserId || ev.Subtype is not null || ev.Hidden || string.IsNullOrWhiteSpace(ev.Text);
}
