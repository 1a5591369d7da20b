using FollowBot.Slack.Signing;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace FollowBot.Slack;

/// <summary>The Slack adapter's log events, EventIds 3000–3999 (architecture §2.5).</summary>
internal static partial class Log
{
    [LoggerMessage(3000, LogLevel.Error, "Slack auth.test with the configured bot token failed; check Slack:BotToken")]
    public static partial void StartupCheckFailed(ILogger logger, Exception exception);

    [LoggerMessage(3001, LogLevel.Information, "Slack bot token registered for team {Team} (bot user {BotUser})")]
    public static partial void Registered(ILogger logger, string team, string botUser);

    [LoggerMessage(3002, LogLevel.Warning, "users.info for {User} in {Team} failed; going on with what is known")]
    public static partial void LookupFailed(ILogger logger, Exception exception, string user, string team);

    [LoggerMessage(3010, LogLevel.Warning, "Could not deliver a reply to {User} in {Team}")]
    public static partial void DeliveryFailed(ILogger logger, Exception exception, string user, string team);

    [LoggerMessage(3011, LogLevel.Information, "views.open for {CardId} refused ({Error}); sending the form's opener instead")]
    public static partial void FormNotOpened(ILogger logger, string error, string cardId);

    [LoggerMessage(3020, LogLevel.Error, "Slack work failed: {What}")]
    public static partial void WorkFailed(ILogger logger, Exception exception, string what);

    [LoggerMessage(3030, LogLevel.Information, "Slash command in {Team} took longer than the budget ({Elapsed} ms); answering through response_url")]
    public static partial void Slow(ILogger logger, string team, double elapsed);

    [LoggerMessage(3040, LogLevel.Information, "Slack event {EventId} already handled (retry {Retry}); ignored")]
    public static partial void Duplicate(ILogger logger, string eventId, string retry);

    [LoggerMessage(3041, LogLevel.Warning, "Slack says the app is rate limited for team {Team} (over 30,000 events an hour)")]
    public static partial void RateLimited(ILogger logger, string team);

    [LoggerMessage(3042, LogLevel.Error, "Work queue full: Slack event {EventId} dropped")]
    public static partial void Dropped(ILogger logger, string eventId);

    [LoggerMessage(3043, LogLevel.Debug, "Slack event {EventId} ignored ({Why})")]
    public static partial void Ignored(ILogger logger, string eventId, string why);

    [LoggerMessage(3050, LogLevel.Warning, "views.publish for {User} in {Team} failed: {Error}")]
    public static partial void HomeFailed(ILogger logger, string error, string user, string team);

    [LoggerMessage(3060, LogLevel.Information, "Second click on {ActionId} by {User} on the same message ignored")]
    public static partial void DoubleClick(ILogger logger, string actionId, string user);

    [LoggerMessage(3070, LogLevel.Warning, "Slack request to {Path} rejected: {Check}")]
    public static partial void Rejected(ILogger logger, PathString path, SignatureCheck check);

    [LoggerMessage(3072, LogLevel.Error, "Slack request to {Path} is for a team FollowBot has no bot token for")]
    public static partial void NotInstalled(ILogger logger, PathString path);

    [LoggerMessage(3071, LogLevel.Warning, "Slack request to {Path} is not valid JSON")]
    public static partial void Unreadable(ILogger logger, Exception exception, PathString path);

    [LoggerMessage(3080, LogLevel.Warning, "Could not reach Slack member {User}: {Why}")]
    public static partial void Unreachable(ILogger logger, string user, string why);

    [LoggerMessage(3090, LogLevel.Information, "Socket Mode connection {Index} open")]
    public static partial void Connected(ILogger logger, int index);

    [LoggerMessage(3091, LogLevel.Debug, "Socket Mode connection {Index}: hello ({Connections} connections)")]
    public static partial void Hello(ILogger logger, int index, int connections);

    [LoggerMessage(3092, LogLevel.Information, "Socket Mode connection {Index}: disconnect ({Reason}); reconnecting")]
    public static partial void Disconnect(ILogger logger, int index, string reason);

    [LoggerMessage(3093, LogLevel.Warning, "Socket Mode connection {Index}: nothing received for {Seconds} s; reconnecting")]
    public static partial void Silent(ILogger logger, int index, double seconds);

    [LoggerMessage(3094, LogLevel.Warning, "Socket Mode connection {Index} broke")]
    public static partial void Broken(ILogger logger, Exception exception, int index);

    [LoggerMessage(3095, LogLevel.Warning, "Socket Mode connection {Index} could not open; next try in {Seconds} s")]
    public static partial void ConnectFailed(ILogger logger, Exception exception, int index, double seconds);

    [LoggerMessage(3096, LogLevel.Critical, "Socket Mode connection {Index} stopped for good: {Error}")]
    public static partial void Fatal(ILogger logger, int index, string error);

    [LoggerMessage(3097, LogLevel.Error, "Socket Mode connection {Index}: a {Type} envelope failed and was not acknowledged")]
    public static partial void EnvelopeFailed(ILogger logger, Exception exception, int index, string type);

    [LoggerMessage(3100, LogLevel.Warning, "Slack {Method} answered 429; waiting {Seconds} s before retry {Attempt}")]
    public static partial void ApiRateLimited(ILogger logger, string method, double seconds, int attempt);
}
