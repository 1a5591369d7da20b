namespace FollowBot.Slack.WebApi;

/// <summary>
/// A Web API call answered <c>ok:false</c> (or a 429 that outlasted its retries): Slack's error code, e.g.
/// <c>channel_not_found</c>, <c>expired_trigger_id</c>, <c>ratelimited</c>, with any <c>response_metadata.messages</c>.
/// </summary>
public sealed class SlackApiException : Exception
{
    public SlackApiException(string method, string errorCode, IReadOnlyList<string>? details = null)
        : base($"Slack {method} failed: {errorCode}" + (details is { Count: > 0 } ? " (" + string.Join("; ", details) + ")" : ""))
    {
        Method = method;
        ErrorCode = errorCode;
        Details = details ?? [];
    }

    public SlackApiException()
        : this("unknown", "unknown")
    {
    }

    public SlackApiException(string message)
        : this("unknown", message)
    {
    }

    public SlackApiException(string message, Exception innerException)
        : base(message, innerException)
    {
        Method = "unknown";
        ErrorCode = "unknown";
        Details = [];
    }

    public string Method { get; }

    public string ErrorCode { get; }

    public IReadOnlyList<string> Details { get; }

    /// <summary>Worth trying again later (rate limit, Slack-side trouble) rather than a permanent refusal.</summary>
    public bool IsTransient => ErrorCode is "ratelimited" or "rate_limited" or "internal_error" or "fatal_error" or "service_unavailable" or "request_timeout";
}
