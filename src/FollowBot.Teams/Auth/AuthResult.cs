namespace FollowBot.Teams.Auth;

/// <summary>
/// Who sent a request: a validated channel token (its signing key's endorsements and its <c>serviceurl</c> claim,
/// still to be checked against the activity), an anonymous Development caller, or a refusal with the reason.
/// </summary>
internal sealed record AuthResult(bool Succeeded, bool Anonymous, IReadOnlySet<string>? Endorsements, string? ServiceUrlClaim, string? Failure)
{
    public static AuthResult AnonymousCaller { get; } = new(true, true, null, null, null);

    public static AuthResult Refused(string failure) => new(false, false, null, null, failure);
}
