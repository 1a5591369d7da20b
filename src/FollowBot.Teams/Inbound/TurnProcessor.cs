using FollowBot.Core.Commands;
using FollowBot.Core.Conversations;
using FollowBot.Core.Persistence;
using FollowBot.Teams.Outbound;
using FollowBot.Teams.Protocol;
using FollowBot.Teams.Rendering;
using Microsoft.Extensions.Logging;

namespace FollowBot.Teams.Inbound;

/// <summary>
/// Background half of the inbound path: drop a repeated delivery (conversation id + activity id, insert-first), run
/// the command, answer through the Connector. A card click that changed a deal replaces the clicked card (PUT) so
/// everyone sees the new state; anything else is a reply in the thread.
/// </summary>
internal sealed class TurnProcessor(
    CommandEngine engine,
    IDeliveryLog deliveries,
    ReferenceRecorder references,
    ConnectorClient connector,
    TeamsReplyRenderer renderer,
    ILogger<TurnProcessor> logger)
{
    public async Task HandleAsync(TeamsWork work, CancellationToken cancellationToken)
    {
        switch (work)
        {
            case CardUpdateWork update:
                await connector.UpdateAsync(update.ServiceUrl, update.Conversation, update.ActivityId, update.Message, cancellationToken);
                return;
            case SendWork send:
                foreach (var message in send.Messages)
                {
                    await connector.SendAsync(send.ServiceUrl, send.Conversation, message, cancellationToken);
                }

                return;
        }

        var activity = ((ActivityWork)work).Activity;
        if (activity.Id is { } id && !await deliveries.TryRecordAsync($"teams:{activity.Conversation!.Id}:{id}", cancellationToken))
        {
            Log.DuplicateActivity(logger, activity.Type!, id);
            return;
        }

        switch (activity.Type)
        {
            case ActivityTypes.Message:
                await MessageAsync(activity, cancellationToken);
                break;
            case ActivityTypes.ConversationUpdate:
                await references.RecordAsync(activity, cancellationToken);
                if (activity.MembersAdded?.Any(m => string.Equals(m.Id, activity.Recipient?.Id, StringComparison.OrdinalIgnoreCase)) == true)
                {
                    await WelcomeAsync(activity, cancellationToken);
                }

                break;
            case ActivityTypes.InstallationUpdate when activity.Action is "add" or "add-upgrade":
                await references.RecordAsync(activity, cancellationToken);
                if (activity.Action == "add")
                {
                    await WelcomeAsync(activity, cancellationToken);
                }

                break;
        }
    }

    private async Task MessageAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (ActivityTranslator.FromMessage(activity) is not { } envelope)
        {
            return;
        }

        var outcome = await engine.HandleAsync(envelope, cancellationToken);
        var updated = false;
        foreach (var reply in outcome.Replies)
        {
            if (!updated && envelope.Action is { } action && activity.ReplyToId is { } clicked
                && ClickPolicy.ReplacesClickedCard(action.Verb, reply.Card) && renderer.CardMessage(reply.Card!) is { } cardMessage)
            {
                // Action.Submit cannot answer with a card: replace the clicked card for everyone (teams-protocol.md §4.5).
                await connector.UpdateAsync(activity.ServiceUrl!, activity.Conversation!.Id!, clicked, cardMessage, cancellationToken);
                updated = true;
                continue;
            }

            foreach (var message in renderer.Messages(reply))
            {
                await ReplyAsync(activity, message, cancellationToken);
            }
        }
    }

    private Task ReplyAsync(Activity activity, OutgoingActivity message, CancellationToken cancellationToken) =>
        activity.Id is { } id
            ? connector.ReplyAsync(activity.ServiceUrl!, activity.Conversation!.Id!, id, message with { ReplyToId = id }, cancellationToken)
            : connector.SendAsync(activity.ServiceUrl!, activity.Conversation!.Id!, message, cancellationToken);

    /// <summary>
    /// The help card, once per conversation: the Playground and Teams both send installationUpdate and
    /// conversationUpdate for one install, and a greeting twice is noise.
    /// </summary>
    private async Task WelcomeAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (!await deliveries.TryRecordAsync($"teams:welcome:{activity.Conversation!.Id}", cancellationToken))
        {
            return;
        }

        var outcome = await engine.HandleAsync(ActivityTranslator.Greeting(activity), cancellationToken);
        foreach (var message in outcome.Replies.SelectMany(r => renderer.Messages(r)))
        {
            await connector.SendAsync(activity.ServiceUrl!, activity.Conversation.Id!, message, cancellationToken);
        }
    }
}
