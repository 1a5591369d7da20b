namespace FollowBot.Slack;

/// <summary>
/// Section <c>Slack</c>. Secrets have no defaults; they may also come from the environment as
/// <c>SLACK_SIGNING_SECRET</c>, <c>SLACK_BOT_TOKEN</c> and <c>SLACK_APP_TOKEN</c> (Slack's own names).
/// </summary>
public sealed class SlackOptions
{
    public const string Section = "Slack";

    /// <summary>Off by default: nothing Slack is mapped, started or validated until this is true.</summary>
    public bool Enabled { get; set; }

    /// <summary>Basic Information → Signing Secret. Required unless only Socket Mode is used.</summary>
    public string? SigningSecret { get; set; }

    /// <summary>The bot token (<c>xoxb-…</c>) for the workspace the app was installed to.</summary>
    public string? BotToken { get; set; }

    /// <summary>An app-level token (<c>xapp-…</c>, scope <c>connections:write</c>); when set, Socket Mode runs.</summary>
    public string? AppToken { get; set; }

    /// <summary>The Web API base URL; tests point it at a fake Slack on loopback.</summary>
    public string ApiUrl { get; set; } = "https://slack.com/api/";

    /// <summary>The slash command the manifest registers.</summary>
    public string Command { get; set; } = "/follow";

    /// <summary>How long a slash command or a modal submission may run before the acknowledgement (Slack waits 3 s).</summary>
    public TimeSpan AckBudget { get; set; } = TimeSpan.FromSeconds(2.5);

    /// <summary>How long a member's time zone and locale from <c>users.info</c> are trusted before asking again.</summary>
    public TimeSpan ProfileCacheTime { get; set; } = TimeSpan.FromHours(6);

    /// <summary>Spacing of messages to one channel (Slack allows about one per second per channel).</summary>
    public TimeSpan MessageInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Retries of a Web API call answered 429, each after the <c>Retry-After</c> Slack asks for.</summary>
    public int RateLimitRetries { get; set; } = 3;

    /// <summary>Socket Mode connections kept open at once (Slack allows 10; two means a refresh never leaves a gap).</summary>
    public int SocketConnections { get; set; } = 2;

    /// <summary>Delay before opening each further connection, so they don't expire together.</summary>
    public TimeSpan SocketStagger { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>A connection that receives nothing for this long is presumed dead and replaced.</summary>
    public TimeSpan SocketIdleTimeout { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>First wait after a failed connection attempt; doubles up to five minutes.</summary>
    public TimeSpan SocketRetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Background workers running slow Slack work (events, clicks, late replies).</summary>
    public int Workers { get; set; } = 4;

    public bool SocketMode => !string.IsNullOrWhiteSpace(AppToken);

    /// <summary>The HTTP endpoints are served whenever a signing secret is configured.</summary>
    public bool HttpEndpoints => !string.IsNullOrWhiteSpace(SigningSecret);
}
