using FollowBot.Core.Conversations;
using FollowBot.Core.Domain;
using FollowBot.Core.Persistence;

namespace FollowBot.Host.Playground;

/// <summary>
/// Delivers messages FollowBot starts itself to a Playground member: rendered like Teams would show them and kept
/// in the message log, where <c>GET /api/playground/messages</c> reads them. An outbox message is delivered once per
/// key: a host that takes over a crashed host's claims and sends a message again finds it stored already.
/// </summary>
public sealed class PlaygroundPublisher(IMessageLog log, PlaygroundReplyRenderer renderer, PlaygroundInboxSignal signal, TimeProvider time) : IChatPublisher
{
    public string Channel => PlaygroundEndpoints.Channel;

    public Task<PublishResult> PublishAsync(Member recipient, Reply message, CancellationToken cancellationToken) =>
        DeliverAsync(recipient, message, deliveryKey: null, cancellationToken);

    public Task<PublishResult> PublishAsync(Member recipient, Reply message, string deliveryKey, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(deliveryKey);
        return DeliverAsync(recipient, message, deliveryKey, cancellationToken);
    }

    private async Task<PublishResult> DeliverAsync(Member recipient, Reply message, string? deliveryKey, CancellationToken cancellationToken)
    {
        var card = message.Card is { } c ? renderer.RenderJson(c) : null;
        var logged = new LoggedMessage(0, recipient.WorkspaceId, recipient.Id, Channel, time.GetUtcNow(), message.Text, card);
        var id = deliveryKey is null
            ? await log.AppendAsync(logged, cancellationToken)
            : await log.AppendOnceAsync($"{Channel}:outbox:{deliveryKey}", logged, cancellationToken);

        // A repeat was delivered by the first attempt, whose message id is not known here: delivered, without an id.
        if (id is null)
        {
            return new PublishResult(true);
        }

        signal.Pulse();
        return new PublishResult(true, id.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
