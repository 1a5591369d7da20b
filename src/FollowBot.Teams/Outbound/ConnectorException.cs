using System.Net;

namespace FollowBot.Teams.Outbound;

/// <summary>
/// The Connector refused a call (after retries): the HTTP status and Teams' error code, e.g. 403
/// <c>ConversationBlockedByUser</c>, 404 <c>ConversationNotFound</c>, 413 <c>MessageSizeTooBig</c>.
/// </summary>
public sealed class ConnectorException(HttpStatusCode status, string? code, string message)
    : Exception($"Connector answered {(int)status} {code}: {message}")
{
    public HttpStatusCode Status { get; } = status;

    public string? Code { get; } = code;

    /// <summary>Worth trying again later: throttling and gateway errors (teams-protocol.md §3.5); never 4xx refusals or 500.</summary>
    public bool Transient => Status is HttpStatusCode.TooManyRequests or HttpStatusCode.PreconditionFailed
        or HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;
}
