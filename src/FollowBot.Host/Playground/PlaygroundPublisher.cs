using FollowBot.Core.Conversations;
using FollowBot.Core.Domain;
using FollowBot.Core.Persistence;

namespace FollowBot.Host.Playground;

/// <summary>
/// Delivers messages FollowBot starts itself to a Playground member: rendered like Teams would show them and kept
/// in the message log, where <c>GET /api/playground/messages</c> reads them.
/// </summary>
public sealed class PlaygroundPublisher(IMessageLog log, PlaygroundReplyRenderer renderer, PlaygroundInboxSignal signal, TimeProvider time) : IChatPublisher
{
    public string Channel => PlaygroundEndpoints.Channel;

    public async Task<PublishResult> PublishAsync(Member recipient, Reply message, CancellationToken cancellationToken)
    {
        var card = message.Card is { } c ? renderer.RenderJson(c) : null;
        var id = await log.AppendAsync(new LoggedMessage(0, recipient.WorkspaceId, recipient.Id, Channel, time.GetUtcNow(), message.Text, card), cancellationToken);
        signal.Pulse();
        return new PublishResult(true, id.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
