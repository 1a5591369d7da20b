using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FollowBot.Slack.WebApi;

/// <summary>
/// Members' names, time zones and locales from <c>users.info</c>, cached for <see cref="SlackOptions.ProfileCacheTime"/>
/// so that a busy member costs one call per period, not one per message. A failed look-up is not an error for
/// the member: the command runs with what is known (the stale profile, or none).
/// </summary>
public sealed class SlackProfiles(
    SlackApiMethods api,
    SlackCredentials credentials,
    IOptions<SlackOptions> options,
    TimeProvider time,
    ILogger<SlackProfiles> logger)
{
    private readonly ConcurrentDictionary<(string Team, string User), (SlackProfile Profile, DateTimeOffset Until)> _cache = new();

    public async Task<SlackProfile?> GetAsync(string teamId, string userId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var found = _cache.TryGetValue((teamId, userId), out var entry);
        if (found && entry.Until > now)
        {
            return entry.Profile;
        }

        try
        {
            var credential = await credentials.ForTeamAsync(teamId, cancellationToken);
            var profile = await api.UserInfoAsync(credential.Token, userId, cancellationToken);
            _cache[(teamId, userId)] = (profile, now + options.Value.ProfileCacheTime);
            return profile;
        }
        catch (Exception ex) when (ex is SlackApiException or HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            Log.LookupFailed(logger, ex, userId, teamId);
            return found ? entry.Profile : null;
        }
    }
}
