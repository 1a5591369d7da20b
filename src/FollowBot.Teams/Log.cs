using Microsoft.Extensions.Logging;

namespace FollowBot.Teams;

/// <summary>The Teams channel's log events, EventIds 2000–2999 (architecture §2.5).</summary>
internal static partial class Log
{
    [LoggerMessage(2000, LogLevel.Warning, "Teams request refused (401): {Reason}")]
    public static partial void Refused(ILogger logger, string reason);

    [LoggerMessage(2001, LogLevel.Warning, "Teams request is not a usable activity (400): {Problem}")]
    public static partial void BadActivity(ILogger logger, string problem);

    [LoggerMessage(2002, LogLevel.Warning, "Teams inbox is full; {Count} activities answered 503 since the last warning, so the channel sends them again")]
    public static partial void InboxFull(ILogger logger, long count);

    [LoggerMessage(2003, LogLevel.Information, "Teams {Type} {ActivityId} was already handled; ignored")]
    public static partial void DuplicateActivity(ILogger logger, string type, string activityId);

    [LoggerMessage(2004, LogLevel.Information, "Fetched {Count} Bot Framework signing keys")]
    public static partial void SigningKeysFetched(ILogger logger, int count);

    [LoggerMessage(2005, LogLevel.Error, "Bot Framework signing keys could not be fetched; requests are refused until they can")]
    public static partial void SigningKeysUnavailable(ILogger logger, Exception exception);

    [LoggerMessage(2006, LogLevel.Warning, "Connector refused {Work}: {Status} {Code}")]
    public static partial void ConnectorRefused(ILogger logger, Exception exception, string work, int status, string? code);

    [LoggerMessage(2007, LogLevel.Error, "Teams background work {Work} failed")]
    public static partial void WorkFailed(ILogger logger, Exception exception, string work);

    [LoggerMessage(2008, LogLevel.Warning, "Proactive Teams message to {Member} failed: {Code} ({Why})")]
    public static partial void PublishFailed(ILogger logger, string member, string code, string why);

    [LoggerMessage(2009, LogLevel.Warning, "Card {CardId} is {Bytes} bytes, over the Teams budget; sent as text")]
    public static partial void CardTooLarge(ILogger logger, string cardId, int bytes);
}
