using System.Text.Json.Nodes;
using FollowBot.Core.Text;
using FollowBot.Slack.Outbound;
using FollowBot.Slack.Protocol;
using FollowBot.Slack.Rendering;
using FollowBot.Slack.WebApi;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FollowBot.Slack.Inbound;

/// <summary>
/// <c>/follow …</c>: answered within Slack's 3 s. When the command is done within the budget the answer is the
/// ephemeral reply itself, or a modal opened with the trigger (which lives 3 s); when it takes longer, a "working on
/// it" line now and the real answer through <c>response_url</c> later.
/// </summary>
public sealed class SlashCommandReceiver(
    SlackCredentials credentials,
    SlackProfiles profiles,
    SlackCommandRunner runner,
    SlackComposer composer,
    SlackResponder responder,
    SlackWorkQueue queue,
    TimeProvider time,
    ILogger<SlashCommandReceiver> logger)
{
    public async Task<SlackAck> ReceiveAsync(SlashCommand command, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        if (command.IsSslCheck || command.TeamId is null || command.UserId is null)
        {
            // Slack's TLS probe (ssl_check=1) carries no command; answer 200 and do nothing.
            return SlackAck.Empty;
        }

        var credential = await credentials.ForTeamAsync(command.TeamId, cancellationToken);
        var profile = await profiles.GetAsync(command.TeamId, command.UserId, cancellationToken);
        var envelope = SlackTranslator.FromCommand(command, profile);
        var target = new ReplyTarget(command.TeamId, command.UserId, credential.Token)
        {
            TriggerId = command.TriggerId,
            ResponseUrl = command.ResponseUrl,
            Channel = command.ChannelId,
        };

        var (finished, run) = await runner.RunWithinBudgetAsync(envelope, started);
        if (!finished)
        {
            Log.Slow(logger, command.TeamId, time.GetElapsedTime(started).TotalMilliseconds);
            var late = target with { TriggerId = null };
            queue.TryEnqueue("late reply to " + command.Command, async (services, ct) =>
                await services.GetRequiredService<SlackResponder>().DeliverAsync(await run, late, ct));
            var working = Texts.For(profile?.Locale)["Slack_Working"];
            return SlackAck.With(SlackResponder.Ephemeral(new JsonObject { ["text"] = Mrkdwn.Escape(working) }));
        }

        var composed = composer.Compose((await run).Replies);
        var message = composed.Message;
        if (composed.Form is { } form && !(command.TriggerId is not null && await responder.TryOpenFormAsync(form, target, cancellationToken)))
        {
            message = composed.MessageWithOpener();
        }

        // Composed for this answer alone: marked in place rather than copied (the copy was ~2% of a command's CPU).
        return message is null ? SlackAck.Empty : SlackAck.With(SlackResponder.MakeEphemeral(message));
    }
}
