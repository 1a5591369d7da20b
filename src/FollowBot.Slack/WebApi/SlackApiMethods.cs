using System.Text.Json.Nodes;

namespace FollowBot.Slack.WebApi;

/// <summary>The Web API methods FollowBot calls, each with the fields it reads back (https://docs.slack.dev/reference/methods).</summary>
public sealed class SlackApiMethods(SlackApiClient api, ChannelPacer pacer)
{
    /// <summary><c>auth.test</c>: which team the token belongs to and who the bot is (to ignore its own messages).</summary>
    public async Task<BotIdentity> AuthTestAsync(string token, CancellationToken cancellationToken)
    {
        var json = await api.CallFormAsync("auth.test", token, new Dictionary<string, string>(), cancellationToken);
        return new BotIdentity(SlackApiClient.Text(json, "team_id") ?? "", SlackApiClient.Text(json, "user_id"), SlackApiClient.Text(json, "bot_id"));
    }

    /// <summary><c>chat.postMessage</c>, paced per channel; returns where it landed (the D… id for a DM) and its ts.</summary>
    public async Task<PostedMessage> PostMessageAsync(string token, string channel, JsonObject message, CancellationToken cancellationToken)
    {
        await pacer.WaitTurnAsync(channel, cancellationToken);
        message["channel"] = channel;
        var json = await api.CallAsync("chat.postMessage", token, message, cancellationToken);
        return new PostedMessage(SlackApiClient.Text(json, "channel") ?? channel, SlackApiClient.Text(json, "ts") ?? "");
    }

    /// <summary><c>chat.update</c> of a message by channel id (D… for DMs, never U…) and ts.</summary>
    public async Task UpdateMessageAsync(string token, string channel, string ts, JsonObject message, CancellationToken cancellationToken)
    {
        message["channel"] = channel;
        message["ts"] = ts;
        await api.CallAsync("chat.update", token, message, cancellationToken);
    }

    /// <summary><c>chat.postEphemeral</c>: visible to one person in a channel, paced like any message there.</summary>
    public async Task PostEphemeralAsync(string token, string channel, string user, JsonObject message, CancellationToken cancellationToken)
    {
        await pacer.WaitTurnAsync(channel, cancellationToken);
        message["channel"] = channel;
        message["user"] = user;
        await api.CallAsync("chat.postEphemeral", token, message, cancellationToken);
    }

    /// <summary><c>conversations.open</c> with one user: the id of the DM between the bot and them.</summary>
    public async Task<string> OpenDirectMessageAsync(string token, string user, CancellationToken cancellationToken)
    {
        var json = await api.CallAsync("conversations.open", token, new JsonObject { ["users"] = user }, cancellationToken);
        return SlackApiClient.Text(json, "channel", "id") ?? throw new SlackApiException("conversations.open", "no_channel_in_response");
    }

    /// <summary><c>views.open</c> with a trigger (valid 3 s, single use); returns the view id.</summary>
    public async Task<string?> OpenViewAsync(string token, string triggerId, JsonObject view, CancellationToken cancellationToken)
    {
        var json = await api.CallAsync("views.open", token, new JsonObject { ["trigger_id"] = triggerId, ["view"] = view }, cancellationToken);
        return SlackApiClient.Text(json, "view", "id");
    }

    /// <summary><c>views.update</c> of an open view; <paramref name="hash"/> guards against overwriting a newer state.</summary>
    public async Task UpdateViewAsync(string token, string viewId, JsonObject view, string? hash, CancellationToken cancellationToken)
    {
        var body = new JsonObject { ["view_id"] = viewId, ["view"] = view };
        if (hash is not null)
        {
            body["hash"] = hash;
        }

        await api.CallAsync("views.update", token, body, cancellationToken);
    }

    /// <summary><c>views.publish</c>: the member's App Home tab.</summary>
    public async Task PublishHomeAsync(string token, string user, JsonObject view, CancellationToken cancellationToken) =>
        await api.CallAsync("views.publish", token, new JsonObject { ["user_id"] = user, ["view"] = view }, cancellationToken);

    /// <summary><c>users.info</c> with the locale: name, email (with users:read.email), IANA time zone, locale.</summary>
    public async Task<SlackProfile> UserInfoAsync(string token, string user, CancellationToken cancellationToken)
    {
        var json = await api.CallFormAsync("users.info", token, new Dictionary<string, string> { ["user"] = user, ["include_locale"] = "true" }, cancellationToken);
        var name = NonEmpty(SlackApiClient.Text(json, "user", "profile", "display_name"))
            ?? NonEmpty(SlackApiClient.Text(json, "user", "profile", "real_name"))
            ?? NonEmpty(SlackApiClient.Text(json, "user", "real_name"))
            ?? SlackApiClient.Text(json, "user", "name");
        return new SlackProfile(user, name, NonEmpty(SlackApiClient.Text(json, "user", "profile", "email")),
            NonEmpty(SlackApiClient.Text(json, "user", "tz")), NonEmpty(SlackApiClient.Text(json, "user", "locale")));
    }

    /// <summary><c>apps.connections.open</c> with the app-level token: a single-use WebSocket URL for Socket Mode.</summary>
    public async Task<Uri> OpenConnectionAsync(string appToken, CancellationToken cancellationToken)
    {
        var json = await api.CallFormAsync("apps.connections.open", appToken, new Dictionary<string, string>(), cancellationToken);
        return Uri.TryCreate(SlackApiClient.Text(json, "url"), UriKind.Absolute, out var url)
            ? url
            : throw new SlackApiException("apps.connections.open", "no_url_in_response");
    }

    public Task PostToResponseUrlAsync(string responseUrl, JsonObject body, CancellationToken cancellationToken) =>
        api.PostToResponseUrlAsync(responseUrl, body, cancellationToken);

    private static string? NonEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;
}
