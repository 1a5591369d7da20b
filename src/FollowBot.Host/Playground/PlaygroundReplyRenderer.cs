using System.Text.Json;
using FollowBot.Core.Cards;
using FollowBot.Core.Conversations;
using FollowBot.Core.Domain;

namespace FollowBot.Host.Playground;

/// <summary>Renders replies with the Teams Adaptive Card templates, so the Playground shows what Teams would.</summary>
public sealed class PlaygroundReplyRenderer(CardRenderer cards)
{
    public PlaygroundReply Render(Reply reply)
    {
        if (reply.Card is not { } card)
        {
            return new PlaygroundReply(reply.Text, null);
        }

        var json = cards.Render(card.CardId, card.View, Locales.Culture(card.Locale));
        return new PlaygroundReply(reply.Text, JsonSerializer.SerializeToElement(json));
    }

    public string RenderJson(CardReply card) => cards.Render(card.CardId, card.View, Locales.Culture(card.Locale)).ToJsonString();

    public JsonElement? Parse(string? cardJson) =>
        cardJson is null ? null : JsonDocument.Parse(cardJson).RootElement.Clone();
}
