namespace FollowBot.Core.Conversations;

/// <summary>
/// The result of one command (house rule 2: user mistakes are outcomes, never exceptions). Field errors are for
/// forms that can show an error beside the input (Slack modals), keyed by the input id.
/// </summary>
public sealed record CommandOutcome(IReadOnlyList<Reply> Replies, bool IsError, IReadOnlyDictionary<string, string>? FieldErrors = null)
{
    public static CommandOutcome Ok(string text) => new([new Reply(text)], false);

    public static CommandOutcome Ok(Reply reply) => new([reply], false);

    public static CommandOutcome Card(string cardId, object view, string? text = null) => new([new Reply(text, new CardReply(cardId, view))], false);

    public static CommandOutcome Error(string text) => new([new Reply(text)], true);

    public static CommandOutcome FieldError(string field, string text) =>
        new([new Reply(text)], true, new Dictionary<string, string> { [field] = text });
}
