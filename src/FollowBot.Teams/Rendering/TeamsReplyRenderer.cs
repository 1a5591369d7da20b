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
/// A channel-neutral reply as a Teams message: its text, and its card bound from <c>cards/teams</c>. A message over
/// <see cref="MaxBytes"/> (Teams refuses ~100 KB with 413 MessageSizeTooBig) goes out without its card, with a line
/// saying so, rather than not at all.
/// </summary>
internal sealed class TeamsReplyRenderer(ILogger<TeamsReplyRenderer> logger)
{
    public const int MaxBytes = 80 * 1024;

    private readonly CardRenderer _cards = new(DirectoryCardTemplateSource.Default("teams"));

    public JsonNode Card(CardReply card) => _cards.Render(card.CardId, card.View, Locales.Culture(card.Locale));

    public OutgoingActivity Message(Reply reply, string? replyToId = null, bool alert = false)
    {
        var attachments = reply.Card is { } card ? new[] { new Attachment(Attachment.AdaptiveCard, Card(card)) } : null;
        var channelData = alert ? new JsonObject { ["notification"] = new JsonObject { ["alert"] = true } } : null;
        var message = new OutgoingActivity(ActivityTypes.Message, reply.Text, attachments, replyToId, null, channelData);
        var size = ConnectorClient.Size(message);
        if (size <= MaxBytes || reply.Card is null)
        {
            return message;
        }

        Log.CardTooLarge(logger, reply.Card.CardId, size);
        var note = Texts.For(reply.Card.Locale)["Teams_CardTooLarge"];
        return message with { Text = string.IsNullOrEmpty(reply.Text) ? note : reply.Text + "\n\n" + note, Attachments = null };
    }
}
