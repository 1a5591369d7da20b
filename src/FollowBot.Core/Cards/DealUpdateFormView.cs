namespace FollowBot.Core.Cards;

/// <summary>
/// The <see cref="CardId.DealUpdateForm"/> card, prefilled with the deal's current values (all "" when
/// unset, see <see cref="LeadFormView"/>).
/// </summary>
public sealed record DealUpdateFormView
{
    public required int Number { get; init; }

    public required string Company { get; init; }

    public string Contact { get; init; } = "";

    public string Phone { get; init; } = "";

    public string Email { get; init; } = "";

    public string Value { get; init; } = "";

    public string Grade { get; init; } = "";

    public string Source { get; init; } = "";

    /// <summary>The due date as <c>yyyy-MM-dd</c> (a date input's value format, not a display string) or "".</summary>
    public string Due { get; init; } = "";

    public string? Error { get; init; }
}
