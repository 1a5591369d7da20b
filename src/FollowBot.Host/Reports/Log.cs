namespace FollowBot.Host.Reports;

/// <summary>The report endpoints' log messages; EventIds 5100–5199 of the host's range (architecture §2.5).</summary>
internal static partial class Log
{
    [LoggerMessage(5101, LogLevel.Warning, "No font with Chinese glyphs was found (looked at {Candidates}); charts for Chinese readers are drawn with English labels. Install fonts-noto-cjk or set FollowBot:Reports:ChartFontFile")]
    public static partial void NoChineseFont(ILogger logger, string candidates);

    [LoggerMessage(5102, LogLevel.Information, "Charts use the font {Family} from {Path}")]
    public static partial void ChartFont(ILogger logger, string family, string path);

    [LoggerMessage(5103, LogLevel.Warning, "FollowBot:Reports:SigningKey is not set; Development made up one for this run (links stop working when the app restarts)")]
    public static partial void GeneratedSigningKey(ILogger logger);
}
