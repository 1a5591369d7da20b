using System.Text.Json.Nodes;
using FollowBot.Core.Conversations;
using FollowBot.Slack.Rendering;
using FollowBot.Slack.WebApi;
using Microsoft.Extensions.Logging;

namespace FollowBot.Slack.Outbound;

/// <summary>
/// Delivers a command's outcome to Slack for one interaction (see <see cref="ReplyTarget"/> for where it goes).
/// A failure to deliver is logged, never thrown: the command has already run, and the person can ask again.
/// </summary>
public sealed class SlackResponder(SlackComposer composer, SlackApiMethods api, ILogger<SlackResponder> logger)
{
    public async Task DeliverAsync(CommandOutcome outcome, ReplyTarget target, CancellationToken cancellationToken)
    {
        var composed = composer.Compose(outcome.Replies);
        try
        {
            var message = composed.Message;
            if (composed.Form is { } form)
            {
                if (target.TriggerId is not null && await TryOpenFormAsync(form, target, cancellationToken))
                {
                    if (message is null)
                    {
                        return;
                    }
                }
                else
                {
                    message = composed.MessageWithOpener();
                }
            }

            if (message is not null)
            {
                await SendMessageAsync(message, composed.HasCard && !outcome.IsError, target, cancellationToken);
            }
        }
        catch (Exception ex) when (ex is SlackApiException or HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            Log.DeliveryFailed(logger, ex, target.User, target.Team);
        }
    }

    /// <summary>Opens the form as a modal; false when the trigger was spent or expired (then the opener is sent instead).</summary>
    public async Task<bool> TryOpenFormAsync(RenderedCard form, ReplyTarget target, CancellationToken cancellationToken)
    {
        try
        {
            await api.OpenViewAsync(target.Token, target.TriggerId!, FormView(form, target), cancellationToken);
            return true;
        }
        catch (SlackApiException ex)
        {
            Log.FormNotOpened(logger, ex.ErrorCode, form.CardId);
            return false;
        }
    }

    /// <summary>The modal as views.open takes it: the template's fixed data and our routing in private_metadata.</summary>
    public static JsonObject FormView(RenderedCard form, ReplyTarget target)
    {
        var view = form.Payload.DeepClone().AsObject();
        var metadata = new ModalMetadata(ModalMetadata.DataOf(view["private_metadata"]), target.Channel, target.ResponseUrl);
        view["private_metadata"] = metadata.Write();
        return view;
    }

    /// <summary>The ephemeral answer to a slash command, as the HTTP response body (or a response_url post).</summary>
    public static JsonObject Ephemeral(JsonObject message) => MakeEphemeral(message.DeepClone().AsObject());

    /// <summary><see cref="Ephemeral"/> for a message composed for this one answer: marked in place, not copied.</summary>
    public static JsonObject MakeEphemeral(JsonObject message)
    {
        message["response_type"] = "ephemeral";
        return message;
    }

    private async Task SendMessageAsync(JsonObject message, bool isCard, ReplyTarget target, CancellationToken cancellationToken)
    {
        if (target.ReplaceEphemeral && target.ResponseUrl is not null && isCard)
        {
            var replacement = Ephemeral(message);
            replacement["replace_original"] = true;
            await api.PostToResponseUrlAsync(target.ResponseUrl, replacement, cancellationToken);
            return;
        }

        if (target.UpdateTs is not null && target.Channel is not null && isCard)
        {
            // A card after a click replaces the card that was clicked, so its buttons are fresh (no stale double click).
            await api.UpdateMessageAsync(target.Token, target.Channel, target.UpdateTs, message, cancellationToken);
            return;
        }

        if (target.ResponseUrl is not null)
        {
            var body = Ephemeral(message);
            body["replace_original"] = false;
            await api.PostToResponseUrlAsync(target.ResponseUrl, body, cancellationToken);
            return;
        }

        if (target.ThreadTs is not null)
        {
            message["thread_ts"] = target.ThreadTs;
        }

        var channel = target.Channel ?? await api.OpenDirectMessageAsync(target.Token, target.User, cancellationToken);
        await api.PostMessageAsync(target.Token, channel, message, cancellationToken);
    }
}
