using FollowBot.Core.Conversations;
using FollowBot.Slack.Protocol;
using FollowBot.Slack.WebApi;

namespace FollowBot.Slack.Inbound;

/// <summary>
/// The one place Slack payloads become <see cref="CommandEnvelope"/>s (house rule 7). The workspace is
/// <c>slack:&lt;team_id&gt;</c>, the actor the Slack user id, with name, time zone and locale from <c>users.info</c>.
/// </summary>
public static class SlackTranslator
{
    public static string WorkspaceKey(string teamId) => "slack:" + teamId;

    public static CommandEnvelope FromCommand(SlashCommand command, SlackProfile? profile) =>
        Envelope(command.TeamId!, command.TeamDomain, command.UserId!, command.UserName, profile, SlackText.Normalize(command.Text), null, null);

    /// <summary>A DM or a mention; <paramref name="botUserId"/> is stripped from the front of a mention.</summary>
    public static CommandEnvelope FromMessage(string teamId, SlackEvent message, string? botUserId, SlackProfile? profile)
    {
        var text = SlackText.WithoutMention(SlackText.Normalize(message.Text), botUserId);
        var dm = message.ChannelType == "im" ? message.Channel : null;
        return Envelope(teamId, null, message.User!, null, profile, text, null, dm);
    }

    /// <summary>A click or a form: the verb is the command's wire name, the data its arguments (input id → value).</summary>
    public static CommandEnvelope FromAction(string teamId, SlackUser user, string verb, IReadOnlyDictionary<string, string?> data, SlackProfile? profile) =>
        Envelope(teamId, null, user.Id!, user.Name ?? user.Username, profile, null, new CardAction(verb, data), null);

    /// <summary>A button that stands for a typed command (e.g. "update 42", which opens the edit form).</summary>
    public static CommandEnvelope FromTypedButton(string teamId, SlackUser user, string text, SlackProfile? profile, string? dm = null) =>
        Envelope(teamId, null, user.Id!, user.Name ?? user.Username, profile, text, null, dm);

    private static CommandEnvelope Envelope(string team, string? teamName, string user, string? userName, SlackProfile? profile, string? text, CardAction? action, string? dm) =>
        new(
            new WorkspaceRef(WorkspaceKey(team), teamName),
            new ActorRef(user, profile?.DisplayName ?? userName, profile?.Email, profile?.TimeZone, profile?.Locale),
            SlackAddress.Channel,
            text,
            action,
            Conversation: new SlackAddress(team, user, dm).ToReference());
}
