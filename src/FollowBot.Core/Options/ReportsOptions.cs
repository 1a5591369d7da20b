namespace FollowBot.Core.Options;

/// <summary>
/// Section <c>FollowBot:Reports</c>: the signed links to charts and exports. <see cref="PublicBaseUrl"/> is read
/// from <c>FollowBot:PublicBaseUrl</c>, the address people's chat apps reach FollowBot at.
/// </summary>
public sealed class ReportsOptions
{
    public const string Section = "FollowBot:Reports";

    /// <summary>HMAC key of the links (at least 32 characters). A secret: no default; Development makes one up at start.</summary>
    public string? SigningKey { get; set; }

    /// <summary>e.g. <c>https://followbot.example.com</c>; without it chat cards show no chart and exports are refused.</summary>
    public Uri? PublicBaseUrl { get; set; }

    /// <summary>A chart stays viewable this long in the chat history.</summary>
    public TimeSpan ChartLifetime { get; set; } = TimeSpan.FromDays(7);

    /// <summary>An export holds customer contacts: its link is short-lived.</summary>
    public TimeSpan ExportLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>A font file (.ttf, .otf, .ttc) with Chinese glyphs for charts; by default Debian's CJK fonts are looked for.</summary>
    public string? ChartFontFile { get; set; }

    /// <summary>
    /// Channels whose page is served by FollowBot itself (the Playground), so links relative to FollowBot work there
    /// without a public address. Set by the host, not by configuration.
    /// </summary>
    public ISet<string> SameOriginChannels { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
}
