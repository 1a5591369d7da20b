using System.Text.Json.Nodes;
using FollowBot.Core.Persistence;
using FollowBot.Slack.Protocol;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FollowBot.Slack.Inbound;

/// <summary>
/// Events API deliveries: answer the URL challenge, record <c>event_id</c> first (a retry, even after a restart or
/// on another instance, is then a no-op), queue the event and acknowledge at once. Dedupe is by id, never by the
/// retry header: when the first attempt never reached us, the retry is the only copy.
/// </summary>
public sealed partial class EventReceiver(IDeliveryLog deliveries, SlackWorkQueue queue, ILogger<EventReceiver> logger)
{
    public async Task<SlackAck> ReceiveAsync(EventEnvelope envelope, string? retryNumber, CancellationToken cancellationToken)
    {
        switch (envelope.Type)
        {
            case "url_verification":
                return SlackAck.With(new JsonObject { ["challenge"] = envelope.Challenge ?? "" });
            case "app_rate_limited":
                LogRateLimited(logger, envelope.TeamId ?? "?");
                return SlackAck.Empty;
            case "event_callback" when envelope.EventId is { Length: > 0 } eventId && envelope.Event is not null:
                if (!await deliveries.TryRecordAsync($"slack:event:{eventId}", cancellationToken))
                {
                    LogDuplicate(logger, eventId, retryNumber ?? "0");
                    return SlackAck.Empty;
                }

                if (!queue.TryEnqueue($"event {eventId} ({envelope.Event.Type})", (services, ct) =>
                        services.GetRequiredService<SlackEventHandler>().HandleAsync(envelope, ct)))
                {
                    LogDropped(logger, eventId);
                }

                return SlackAck.Empty;
            default:
                return SlackAck.Empty;
        }
    }

    [LoggerMessage(3040, LogLevel.Information, "Slack event {EventId} already handled (retry {Retry}); ignored")]
    private static partial void LogDuplicate(ILogger logger, string eventId, string retry);

    [LoggerMessage(3041, LogLevel.Warning, "Slack says the app is rate limited for team {Team} (over 30,000 events an hour)")]
    private static partial void LogRateLimited(ILogger logger, string team);

    [LoggerMessage(3042, LogLevel.Error, "Work queue full: Slack event {EventId} dropped")]
    private static partial void LogDropped(ILogger logger, string eventId);
}
