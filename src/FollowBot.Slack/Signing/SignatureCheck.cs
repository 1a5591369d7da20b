namespace FollowBot.Slack.Signing;

/// <summary>Why a request was (not) accepted; logged, never shown to the caller.</summary>
public enum SignatureCheck
{
    Valid = 0,
    MissingHeaders,
    BadTimestamp,
    Stale,
    WrongVersion,
    Mismatch,
    NoSecret,
}
