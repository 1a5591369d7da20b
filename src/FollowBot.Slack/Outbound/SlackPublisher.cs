using System.Diagnostics.Metrics;
using FollowBot.Core.Conversations;
using FollowBot.Core.Domain;
using FollowBot.Core.Persistence;
using FollowBot.Slack.Inbound;
using FollowBot.Slack.WebApi;
using Microsoft.Extensions.Logging;

namespace FollowBot.Slack.Outbound;

/// <summary>
/// Messages FollowBot starts itself (nudges, escalations, digests) to one Slack member: a DM opened with
/// <c>conversations.open</c> (the D… id, which chat.update needs later, never the U… id), then
/// <c>chat.postMessage</c>. The message id is <c>channel/ts</c>, so a later click can update that very message.
/// A member who can't be reached is a logged, counted failed result; it never throws at the sender.
/// <c>chat.postMessage</c> takes no idempotency key, so this uses <see cref="IChatPublisher"/>'s default for outbox
/// messages: one whose host dies between the POST and recording it is posted again by the host that takes over.
/// </summary>
public sealed class SlackPublisher(
    IConversationStore conversations,
    SlackCredentials credentials,
    SlackComposer composer,
    SlackApiMethods api,
    SlackPublisherMetrics metrics,
    ILogger<SlackPublisher> logger) : IChatPublisher
{
    public string Channel => SlackAddress.Channel;

    public async Task<PublishResult> PublishAsync(Member recipient, Reply message, CancellationToken cancellationToken)
    {
        var reference = await conversations.FindAsync(recipient.WorkspaceId, recipient.Id, SlackAddress.Channel, cancellationToken);
        if (reference is null || SlackAddress.From(reference) is not { } address)
        {
            return Failed(recipient, "no_slack_address", transient: false);
        }

        try
        {
            var credential = await credentials.ForTeamAsync(address.Team, cancellationToken);
            var channel = address.Dm ?? await api.OpenDirectMessageAsync(credential.Token, address.User, cancellationToken);
            var composed = composer.Compose([message]);
            var body = composed.MessageWithOpener();
            if (body is null)
            {
                return Failed(recipient, "empty_message", transient: false);
            }

            var posted = await api.PostMessageAsync(credential.Token, channel, body, cancellationToken);
            metrics.Delivered.Add(1);
            return new PublishResult(true, posted.Channel + "/" + posted.Ts);
        }
        catch (SlackApiException ex)
        {
            return Failed(recipient, ex.ErrorCode, ex.IsTransient);
        }
        catch (HttpRequestException ex)
        {
            return Failed(recipient, "http: " + ex.Message, transient: true);
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return Failed(recipient, "timeout", transient: true);
        }
    }

    private PublishResult Failed(Member recipient, string why, bool transient)
    {
        metrics.Failed.Add(1, new KeyValuePair<string, object?>("reason", why));
        Log.Unreachable(logger, recipient.ExternalId, why);
        return new PublishResult(false, Failure: why, Transient: transient);
    }
}
