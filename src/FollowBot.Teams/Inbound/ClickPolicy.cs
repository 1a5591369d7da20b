using FollowBot.Core.Cards;
using FollowBot.Core.Conversations;

namespace FollowBot.Teams.Inbound;

/// <summary>
/// What a card click does to the card it was made on. A click that changes a deal replaces that deal's card for
/// everyone (PUT); a click that opens something (the list's "Open" → <c>deal.show</c>) leaves the clicked card as it
/// was and posts what it opened as a new message — replacing a list with one of its deals would lose the list.
/// </summary>
internal static class ClickPolicy
{
    public static bool Opens(string verb) => verb == "deal.show";

    public static bool ReplacesClickedCard(string verb, CardReply? card) => card?.CardId == CardId.Deal && !Opens(verb);
}
