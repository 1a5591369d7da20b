using System.Globalization;
using System.Text.Json;
using FollowBot.Slack.Inbound;
using FollowBot.Slack.Protocol;

namespace FollowBot.Slack.SocketMode;

/// <summary>
/// Socket Mode envelopes go to the same receivers as the HTTP endpoints: the payload is what the HTTP body would
/// have been (interactions without the <c>payload=</c> wrapper), and the acknowledgement body the same answer.
/// Socket Mode is authenticated by the app-level token, so nothing here is signed.
/// </summary>
public sealed class SocketModeDispatcher(SlashCommandReceiver commands, EventReceiver events, InteractionReceiver interactions)
{
    public async Task<SlackAck> DispatchAsync(SocketFrame frame, CancellationToken cancellationToken)
    {
        if (frame.Payload is not { ValueKind: JsonValueKind.Object } payload)
        {
            return SlackAck.Empty;
        }

        switch (frame.Type)
        {
            case "events_api":
                var envelope = payload.Deserialize(SlackJsonContext.Default.EventEnvelope);
                return envelope is null ? SlackAck.Empty
                    : await events.ReceiveAsync(envelope, frame.RetryAttempt?.ToString(CultureInfo.InvariantCulture), cancellationToken);
            case "slash_commands":
                var command = payload.Deserialize(SlackJsonContext.Default.SlashCommand);
                return command is null ? SlackAck.Empty : await commands.ReceiveAsync(command, cancellationToken);
            case "interactive":
                var interaction = payload.Deserialize(SlackJsonContext.Default.InteractionPayload);
                return interaction is null ? SlackAck.Empty : await interactions.ReceiveAsync(interaction, cancellationToken);
            default:
                return SlackAck.Empty;
        }
    }
}
