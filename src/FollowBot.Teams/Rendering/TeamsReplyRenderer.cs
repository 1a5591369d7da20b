using System.Text.Json.Nodes;
using FollowBot.Core.Cards;
using FollowBot.Core.Cards.Templating;
using FollowBot.Core.Conversations;
using FollowBot.Core.Domain;
using FollowBot.Core.Text;
using FollowBot.Teams.Outbound;
using FollowBot.Teams.Protocol;
using Microsoft.Extensions.Logging;

namespace FollowBot.Teams.Rendering;

/// <summary>
/// A channel-neutral reply as Teams messages: its text, then its card (bound from <c>cards/teams</c>) as a message
/// of its own. Teams keeps text + card as two messages anyway and refuses to update one activity that holds both
/// ("Activity resulted into multiple skype activities", 400 — the Agents Playground does the same), so the card
/// message stands alone and can be replaced after a click. A card over <see cref="MaxBytes"/> (Teams refuses
/// ~100 KB with 413 MessageSizeTooBig) is left out, with a line saying so, rather than the reply not arriving.
/// </summary>
internal sealed class TeamsReplyRenderer(ILogger<TeamsReplyRenderer> logger)
{
    public const int MaxBytes = 80 * 1024;

    private readonly CardRenderer _cards = new(DirectoryCardTemplateSource.Default("teams"));

    public JsonNode Card(CardReply card) => _cards.Render(card.CardId, card.View, Locales.Culture(card.Locale));

    /// <summary>The text message (if any), then the card message (if any and if it fits).</summary>
    public IReadOnlyList<OutgoingActivity> Messages(Reply reply, bool alert = false)
    {
        var text = reply.Text;
        var card = reply.Card is null ? null : CardMessage(reply.Card);
        if (reply.Card is not null && card is null)
        {
            var note = Texts.For(reply.Card.Locale)["Teams_CardTooLarge"];
            text = string.IsNullOrEmpty(text) ? note : text + "\n\n" + note;
        }

        var messages = new List<OutgoingActivity>();
        if (!string.IsNullOrEmpty(text))
        {
            messages.Add(new OutgoingActivity(ActivityTypes.Message, text));
        }

        if (card is not null)
        {
            messages.Add(card);
        }

        // Only the first message of a proactive reply raises a notification.
        return alert && messages.Count > 0
            ? [messages[0] with { ChannelData = new JsonObject { ["notification"] = new JsonObject { ["alert"] = true } } }, .. messages.Skip(1)]
            : messages;
    }

    /// <summary>A message holding just the card, or null when it would not fit in a Teams message.</summary>
    public OutgoingActivity? CardMessage(CardReply card)
    {
        var message = new OutgoingActivity(ActivityTypes.Message, null, [new Attachment(Attachment.AdaptiveCard, Card(card))]);
        var size = ConnectorClient.Size(message);
        if (size <= MaxBytes)
        {
            return message;
        }

        Log.CardTooLarge(logger, card.CardId, size);
        return null;
    }
}
