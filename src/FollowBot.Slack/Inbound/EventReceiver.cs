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
public sealed class EventReceiver(IDeliveryLog deliveries, SlackWorkQueue queue, ILogger<EventReceiver> logger)
{
    public async Task<SlackAck> ReceiveAsync(EventEnvelope envelope, string? retryNumber, CancellationToken cancellationToken)
    {
        switch (envelope.Type)
        {
            case "url_verification":
                return SlackAck.With(new JsonObject { ["challenge"] = envelope.Challenge ?? "" });
            case "app_rate_limited":
                Log.RateLimited(logger, envelope.TeamId ?? "?");
                return SlackAck.Empty;
            case "event_callback" when envelope.EventId is { Length: > 0 } eventId && envelope.Event is not null:
                if (!await deliveries.TryRecordAsync($"slack:event:{envelope.TeamId}:{eventId}", cancellationToken))
                {
                    Log.Duplicate(logger, eventId, retryNumber ?? "0");
                    return SlackAck.Empty;
                }

                if (!queue.TryEnqueue($"event {eventId} ({envelope.Event.Type})", (services, ct) =>
                        services.GetRequiredService<SlackEventHandler>().HandleAsync(envelope, ct)))
                {
                    Log.Dropped(logger, eventId);
                }

                return SlackAck.Empty;
            default:
                return SlackAck.Empty;
        }
    }
}
