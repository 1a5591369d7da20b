using Microsoft.Extensions.Logging;

namespace FollowBot.Core;

/// <summary>Core's log events, EventIds 1000–1999 (architecture §2.5).</summary>
internal static partial class Log
{
    [LoggerMessage(1000, LogLevel.Error, "Command failed unexpectedly (trace {TraceId}) in workspace {Workspace} for {Actor}: {Verb}")]
    public static partial void CommandFailed(ILogger logger, Exception exception, string traceId, string workspace, string actor, string verb);

    [LoggerMessage(1001, LogLevel.Information, "New workspace {Workspace}")]
    public static partial void WorkspaceCreated(ILogger logger, string workspace);

    [LoggerMessage(1002, LogLevel.Information, "New member {Member} in {Workspace} as {Role}")]
    public static partial void MemberCreated(ILogger logger, string member, string workspace, string role);

    [LoggerMessage(1003, LogLevel.Information, "Deal #{Number} in {Workspace}: concurrent update refused")]
    public static partial void ConcurrentUpdate(ILogger logger, int number, string workspace);
}
