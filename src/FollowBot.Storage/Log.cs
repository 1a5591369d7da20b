using Microsoft.Extensions.Logging;

namespace FollowBot.Storage;

/// <summary>Storage's log messages; EventIds 4000–4999 (architecture §2.5).</summary>
internal static partial class Log
{
    [LoggerMessage(4001, LogLevel.Information, "Deal #{Number} in workspace {WorkspaceId} was saved by someone else first; the save was refused")]
    public static partial void SaveConflict(ILogger logger, int number, Guid workspaceId);

    [LoggerMessage(4002, LogLevel.Debug, "Delivery {Key} was already handled")]
    public static partial void DuplicateDelivery(ILogger logger, string key);
}
