using System.Text.Json.Nodes;
using FollowBot.Core.Conversations;
using FollowBot.Core.Domain;
using FollowBot.Core.Persistence;
using FollowBot.Teams.Protocol;
using FollowBot.Teams.Rendering;
using Microsoft.Extensions.Logging;

namespace FollowBot.Teams.Outbound;

/// <summary>
/// Messages FollowBot starts itself (nudges, digests) on Teams (teams-protocol.md §3.3): into the member's personal
/// chat, creating the 1:1 once (with the tenant, as Teams requires) when we only know them from a group or channel,
/// and remembering it. A member we cannot reach is a failed, logged and counted result, never an exception.
/// The Connector API takes no idempotency key, so this uses <see cref="IChatPublisher"/>'s default for outbox messages:
/// one whose host dies between this POST and recording it is posted again by the host that takes its claim over.
/// </summary>
internal sealed class TeamsPublisher(
    IConversationStore conversations,
    ConnectorClient connector,
    TeamsReplyRenderer renderer,
    TeamsMetrics metrics,
    ILogger<TeamsPublisher> logger) : IChatPublisher
{
    public string Channel => TeamsAddress.Channel;

    public async Task<PublishResult> PublishAsync(Member recipient, Reply message, CancellationToken cancellationToken)
    {
        var reference = await conversations.FindAsync(recipient.WorkspaceId, recipient.Id, Channel, cancellationToken);
        if ((reference is null ? null : TeamsAddress.Parse(reference)) is not { } address)
        {
            return Failed(recipient, "NoConversation", "the member has not talked to FollowBot on Teams yet", transient: false);
        }

        try
        {
            var conversationId = address.ConversationId;
            if (conversationId is null)
            {
                var tenant = address.TenantId is null ? null : new JsonObject { ["tenant"] = new JsonObject { ["id"] = address.TenantId } };
                var created = await connector.CreateConversationAsync(
                    address.ServiceUrl, new ConversationParameters(false, new AccountRef(address.BotId), [new AccountRef(address.UserId)], address.TenantId, tenant), cancellationToken);
                if (string.IsNullOrEmpty(created.Id))
                {
                    return Failed(recipient, "NoConversationId", "create conversation returned no id", transient: true);
                }

                // Create once and keep the id (Teams docs): creates count against the same rate limit as sends.
                conversationId = created.Id;
                await conversations.SaveAsync(recipient.WorkspaceId, recipient.Id, (address with { ConversationId = conversationId }).ToReference(), cancellationToken);
            }

            // The id returned is the last message's: the card's when there is one, the message a later update replaces.
            string? id = null;
            foreach (var activity in renderer.Messages(message, alert: true))
            {
                id = (await connector.SendAsync(address.ServiceUrl, conversationId, activity, cancellationToken)).Id;
            }

            metrics.Delivered.Add(1);
            return new PublishResult(true, id);
        }
        catch (ConnectorException ex)
        {
            return Failed(recipient, ex.Code ?? ((int)ex.Status).ToString(System.Globalization.CultureInfo.InvariantCulture), ex.Message, ex.Transient);
        }
        catch (HttpRequestException ex)
        {
            return Failed(recipient, "Unreachable", ex.Message, transient: true);
        }
    }

    private PublishResult Failed(Member recipient, string code, string why, bool transient)
    {
        metrics.Failed.Add(1, new KeyValuePair<string, object?>("code", code));
        Log.PublishFailed(logger, recipient.ExternalId, code, why);
        return new PublishResult(false, null, code + ": " + why, transient);
    }
}
