namespace FollowBot.Core.Cards;

/// <summary>
/// The <see cref="CardId.LeadForm"/> card. Values prefill the inputs when the form is shown again after a
/// validation error; they stay "" rather than null because the official templating engine writes a missing
/// value as the literal text <c>${company}</c>.
/// </summary>
public sealed record LeadFormView
{
    public string Company { get; init; } = "";

    public string Contact { get; init; } = "";

    public string Phone { get; init; } = "";

    public string Email { get; init; } = "";

    /// <summary>As typed: <c>5000</c>, <c>5k</c>, <c>¥5000</c>, <c>5万</c>.</summary>
    public string Value { get; init; } = "";

    /// <summary><c>A</c>, <c>B</c>, <c>C</c> or "".</summary>
    public string Grade { get; init; } = "";

    public string Source { get; init; } = "";

    public string Note { get; init; } = "";

    /// <summary>The friendly line saying what was wrong, in the member's language; null hides it.</summary>
    public string? Error { get; init; }
}
