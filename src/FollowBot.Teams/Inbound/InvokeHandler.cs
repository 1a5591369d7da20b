using System.Text.Json;
using FollowBot.Core.Commands;
using FollowBot.Core.Persistence;
using FollowBot.Core.Text;
using FollowBot.Teams.Protocol;
using FollowBot.Teams.Rendering;

namespace FollowBot.Teams.Inbound;

/// <summary>
/// <c>invoke</c> runs inline: Teams waits for the answer, which carries the refreshed card (teams-protocol.md §1.8).
/// That card reaches only the clicking user's client, so a changed deal is also PUT over the clicked message, after
/// the answer, for everyone else. Invokes we do not handle get 501, as the SDKs answer.
/// </summary>
internal sealed class InvokeHandler(CommandEngine engine, IDeliveryLog deliveries, TeamsReplyRenderer renderer, TeamsInbox inbox)
{
    public async Task<(int Status, InvokeResponse? Body)> HandleAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (activity.Name != ActivityTypes.AdaptiveCardAction)
        {
            return (501, null);
        }

        // The checks botbuilder makes (ActivityHandler.GetAdaptiveCardInvokeValue), answered the same way.
        if (activity.Value is not { ValueKind: JsonValueKind.Object } value || !value.TryGetProperty("action", out var action) || action.ValueKind != JsonValueKind.Object)
        {
            return (400, InvokeResponse.Error(400, "BadRequest", "Missing value.action"));
        }

        if (MentionText.Str(action, "type") != ActivityTypes.ExecuteAction)
        {
            return (400, InvokeResponse.Error(400, "NotSupported", $"The action '{MentionText.Str(action, "type")}' is not supported."));
        }

        var envelope = ActivityTranslator.FromExecute(activity, action);
        if (activity.Id is { } id && !await deliveries.TryRecordAsync($"teams:{activity.Conversation!.Id}:{id}", cancellationToken))
        {
            return (200, InvokeResponse.Message(Texts.For(envelope.Actor.Locale)["Teams_AlreadyHandled"]));
        }

        var outcome = await engine.HandleAsync(envelope, cancellationToken);
        var text = string.Join("\n\n", outcome.Replies.Select(r => r.Text).Where(t => !string.IsNullOrEmpty(t)));
        var verb = envelope.Action!.Verb;
        if (ClickPolicy.Opens(verb) && !outcome.IsError)
        {
            // The clicked card stays (a list stays a list); what it opened arrives as a message of its own.
            inbox.TryPost(new SendWork(activity.ServiceUrl!, activity.Conversation!.Id!, [.. outcome.Replies.SelectMany(r => renderer.Messages(r))]));
            return (200, InvokeResponse.Message(text));
        }

        if (outcome.Replies.FirstOrDefault(r => r.Card is not null)?.Card is { } card && renderer.CardMessage(card) is { Attachments: [var attachment] } message)
        {
            if (ClickPolicy.ReplacesClickedCard(verb, card) && activity.ReplyToId is { } clicked)
            {
                inbox.TryPost(new CardUpdateWork(activity.ServiceUrl!, activity.Conversation!.Id!, clicked, message));
            }

            // A copy: the queued update serializes the same card on another thread.
            return (200, InvokeResponse.Card(attachment.Content.DeepClone()));
        }

        return (200, InvokeResponse.Message(text));
    }
}
