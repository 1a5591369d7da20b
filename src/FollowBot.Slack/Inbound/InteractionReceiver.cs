using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using FollowBot.Core.Conversations;
using FollowBot.Core.Persistence;
using FollowBot.Slack.Home;
using FollowBot.Slack.Outbound;
using FollowBot.Slack.Protocol;
using FollowBot.Slack.WebApi;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FollowBot.Slack.Inbound;

/// <summary>
/// Interactivity (Slack doesn't retry these; a late answer shows the person an error): clicks are the same commands
/// as text and run after the acknowledgement; a modal submission runs within the budget so that its field errors
/// can go back in the acknowledgement (<c>response_action: errors</c>, keyed by the input's block id).
/// </summary>
public sealed class InteractionReceiver(
    SlackCredentials credentials,
    SlackProfiles profiles,
    SlackCommandRunner runner,
    SlackResponder responder,
    SlackWorkQueue queue,
    IDeliveryLog deliveries,
    TimeProvider time,
    ILogger<InteractionReceiver> logger)
{
    /// <summary>The global shortcut of the manifest ("New lead").</summary>
    public const string NewLeadShortcut = "deal.create";

    public async Task<SlackAck> ReceiveAsync(InteractionPayload payload, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        if (payload.TeamId is not { } team || payload.User?.Id is null)
        {
            return SlackAck.Empty;
        }

        return payload.Type switch
        {
            "block_actions" => await ClickAsync(team, payload, cancellationToken),
            "view_submission" => await SubmitAsync(team, payload, started, cancellationToken),
            "shortcut" when payload.CallbackId == NewLeadShortcut => await ShortcutAsync(team, payload, started, cancellationToken),
            _ => SlackAck.Empty,
        };
    }

    private async Task<SlackAck> ClickAsync(string team, InteractionPayload payload, CancellationToken cancellationToken)
    {
        var container = payload.Container;
        if (payload.Actions is not [var action, ..] || (container?.Type == "view" && payload.View?.Type != "home"))
        {
            return SlackAck.Empty; // nothing in FollowBot's modals dispatches actions
        }

        var click = ClickData.From(action);
        if (click.Once && !await deliveries.TryRecordAsync(OnceKey(team, payload, action), cancellationToken))
        {
            // The same button on the same rendering again (a double click): the first click's answer stands.
            Log.DoubleClick(logger, action.ActionId ?? "?", payload.User!.Id!);
            return SlackAck.Empty;
        }

        var user = payload.User!;
        var inMessage = container?.Type == "message";
        queue.TryEnqueue($"click {action.ActionId}", async (services, ct) =>
        {
            var credential = await credentials.ForTeamAsync(team, ct);
            var profile = await profiles.GetAsync(team, user.Id!, ct);
            var envelope = click.Text is { } text
                ? SlackTranslator.FromTypedButton(team, user, text, profile)
                : SlackTranslator.FromAction(team, user, click.Verb!, click.Data, profile);
            var outcome = await runner.RunAsync(envelope);
            var target = new ReplyTarget(team, user.Id!, credential.Token)
            {
                TriggerId = payload.TriggerId,
                ResponseUrl = payload.ResponseUrl,
                Channel = inMessage ? container!.ChannelId ?? payload.Channel?.Id : null,
                UpdateTs = inMessage && container!.IsEphemeral is false ? container.MessageTs : null,
                ReplaceEphemeral = inMessage && container!.IsEphemeral,
            };
            await responder.DeliverAsync(outcome, target, ct);
            if (inMessage && !outcome.IsError && outcome.Replies.All(r => r.Card is null) && click.Data.GetValueOrDefault("deal") is { } deal)
            {
                // The answer was a line of text (noted, snoozed…): refresh the card it came from so it shows the change
                // and its buttons are a new rendering.
                var card = await runner.RunAsync(SlackTranslator.FromTypedButton(team, user, "show " + deal, profile));
                if (!card.IsError)
                {
                    await responder.DeliverAsync(card with { Replies = [.. card.Replies.Where(r => r.Card is not null).Select(r => r with { Text = null })] }, target, ct);
                }
            }

            if (!inMessage && !outcome.IsError)
            {
                await services.GetRequiredService<AppHomePublisher>().PublishAsync(team, user.Id!, null, ct);
            }
        });
        return SlackAck.Empty;
    }

    private async Task<SlackAck> SubmitAsync(string team, InteractionPayload payload, long started, CancellationToken cancellationToken)
    {
        var view = payload.View;
        if (view?.CallbackId is not { Length: > 0 } verb)
        {
            return SlackAck.Empty;
        }

        var metadata = ModalMetadata.Read(view.PrivateMetadata);
        var data = new Dictionary<string, string?>(metadata.Data, StringComparer.Ordinal);
        var inputs = new List<string>();
        foreach (var (blockId, elements) in view.State?.Values ?? [])
        {
            inputs.Add(blockId);

            // An emptied input is "" (not absent), so an edit form can clear a field.
            data[blockId] = elements.Values.FirstOrDefault()?.ChosenValue ?? "";
        }

        var user = payload.User!;
        var profile = await profiles.GetAsync(team, user.Id!, cancellationToken);
        var (finished, run) = await runner.RunWithinBudgetAsync(SlackTranslator.FromAction(team, user, verb, data, profile), started);
        if (finished && (await run).FieldErrors is { Count: > 0 } fieldErrors)
        {
            var errors = new JsonObject();
            foreach (var (field, message) in fieldErrors)
            {
                // Slack shows errors only on input blocks; one it doesn't know would fail the whole response.
                errors[inputs.Contains(field) ? field : inputs.FirstOrDefault() ?? field] = message;
            }

            return SlackAck.With(new JsonObject { ["response_action"] = "errors", ["errors"] = errors });
        }

        queue.TryEnqueue($"submission {verb}", async (services, ct) =>
        {
            var credential = await credentials.ForTeamAsync(team, ct);
            var target = new ReplyTarget(team, user.Id!, credential.Token) { ResponseUrl = metadata.ResponseUrl, Channel = metadata.Channel };
            await responder.DeliverAsync(await run, target, ct);
        });
        return SlackAck.Empty; // closes the modal
    }

    private async Task<SlackAck> ShortcutAsync(string team, InteractionPayload payload, long started, CancellationToken cancellationToken)
    {
        var user = payload.User!;
        var credential = await credentials.ForTeamAsync(team, cancellationToken);
        var profile = await profiles.GetAsync(team, user.Id!, cancellationToken);
        var (finished, run) = await runner.RunWithinBudgetAsync(SlackTranslator.FromTypedButton(team, user, "lead", profile), started);
        var target = new ReplyTarget(team, user.Id!, credential.Token) { TriggerId = finished ? payload.TriggerId : null };
        queue.TryEnqueue("shortcut " + payload.CallbackId, async (services, ct) => await responder.DeliverAsync(await run, target, ct));
        return SlackAck.Empty;
    }

    /// <summary>
    /// One key per button per rendering of its message: the message as Slack shows it now is part of the key, so
    /// after the card was updated (or refreshed) its buttons act again, while two clicks on one rendering act once.
    /// </summary>
    private static string OnceKey(string team, InteractionPayload payload, BlockAction action)
    {
        var rendering = payload.Message is { } message && message.TryGetProperty("blocks", out var blocks)
            ? Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(blocks.GetRawText())))[..16]
            : "";
        var where = payload.Container?.MessageTs ?? payload.Container?.ViewId ?? "";
        return $"slack:click:{team}:{payload.Container?.ChannelId}:{where}:{rendering}:{action.BlockId}:{action.ActionId}";
    }
}
