namespace FollowBot.Slack.Outbound;

/// <summary>
/// Where and how the answer to one Slack interaction goes. In order of preference: a modal (with a trigger, for a
/// form), an update of the clicked message (for a card after a click), the interaction's <c>response_url</c>
/// (ephemeral, works where the bot is no member), a channel (mentions, DMs), else a DM to the person.
/// </summary>
public sealed record ReplyTarget(string Team, string User, string Token)
{
    public string? TriggerId { get; init; }

    public string? ResponseUrl { get; init; }

    public string? Channel { get; init; }

    public string? ThreadTs { get; init; }

    /// <summary>The ts of the message a button was clicked on, in <see cref="Channel"/>.</summary>
    public string? UpdateTs { get; init; }

    /// <summary>The clicked message was ephemeral: chat.update can't edit it, its response_url can (replace_original).</summary>
    public bool ReplaceEphemeral { get; init; }
}
