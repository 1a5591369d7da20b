namespace FollowBot.Core.Cards;

/// <summary>
/// The <see cref="CardId.DealList"/> card: "My open deals", "Overdue", search results… The caller keeps it to
/// about 25 items so the card stays small.
/// </summary>
/// <param name="EmptyText">Shown when there are no items; null shows the generic empty label.</param>
public sealed record DealListView(string Title, IReadOnlyList<DealListItem> Items, string? EmptyText = null);
