using Microsoft.Extensions.Logging;

namespace FollowBot.Core;

// The follow-up engine's events: 1500–1549 of Core's range.
internal static partial class Log
{
    [LoggerMessage(1500, LogLevel.Information, "Follow-up sweep: {Tally}")]
    public static partial void Swept(ILogger logger, string tally);

    [LoggerMessage(1501, LogLevel.Warning, "Follow-up {Key} for {Recipient} ({ExternalId}) can't be delivered: they have no conversation with FollowBot on any channel")]
    public static partial void Unreachable(ILogger logger, string key, string recipient, string externalId);

    [LoggerMessage(1502, LogLevel.Warning, "Follow-up {Key} on {Channel} failed (attempt {Attempt}), will retry: {Error}")]
    public static partial void DeliveryRetry(ILogger logger, string key, string channel, int attempt, string error);

    [LoggerMessage(1503, LogLevel.Error, "Follow-up {Key} to {Recipient} on {Channel} GIVEN UP after {Attempts} attempt(s): {Error}")]
    public static partial void DeliveryGaveUp(ILogger logger, string key, string recipient, string channel, int attempts, string error);

    [LoggerMessage(1504, LogLevel.Information, "Follow-up {Key} ({Rung}) has nobody to go to; skipped")]
    public static partial void NobodyToTell(ILogger logger, string key, string rung);

    [LoggerMessage(1505, LogLevel.Warning, "Another host took over {Lost} of the {Held} follow-ups this one had claimed and not yet sent (its lease ran out between two groups); leaving them to it. A ClaimLease shorter than one group of sends takes causes this")]
    public static partial void LeaseLost(ILogger logger, int lost, int held);
}
