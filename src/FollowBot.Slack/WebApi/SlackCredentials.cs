using System.Collections.Concurrent;
using FollowBot.Core.Persistence;
using FollowBot.Slack.Inbound;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FollowBot.Slack.WebApi;

/// <summary>
/// The bot token and bot identity per team. Stored per workspace (<see cref="IBotTokenStore"/>) so an OAuth install
/// for another team is one more row; the configured <see cref="SlackOptions.BotToken"/> is registered under the team
/// <c>auth.test</c> names for it, at start-up (so a rotated token replaces the stored one). Kept in memory after the
/// first look-up: every event needs it.
/// </summary>
public sealed class SlackCredentials(
    IServiceScopeFactory scopes,
    SlackApiMethods api,
    IOptions<SlackOptions> options,
    TimeProvider time,
    ILogger<SlackCredentials> logger) : IDisposable
{
    private readonly ConcurrentDictionary<string, BotCredential> _byTeam = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _registering = new(1, 1);

    /// <exception cref="SlackApiException"><c>not_installed</c>: FollowBot holds no token for this team.</exception>
    public async Task<BotCredential> ForTeamAsync(string teamId, CancellationToken cancellationToken)
    {
        if (_byTeam.TryGetValue(teamId, out var cached))
        {
            return cached;
        }

        await using (var scope = scopes.CreateAsyncScope())
        {
            var stored = await scope.ServiceProvider.GetRequiredService<IBotTokenStore>().FindAsync(SlackTranslator.WorkspaceKey(teamId), cancellationToken);
            if (stored is not null)
            {
                return _byTeam[teamId] = stored;
            }
        }

        var configured = await RegisterConfiguredTokenAsync(cancellationToken);
        return configured?.WorkspaceKey == SlackTranslator.WorkspaceKey(teamId)
            ? configured
            : throw new SlackApiException("credentials", "not_installed", [$"no bot token for team {teamId}"]);
    }

    /// <summary>
    /// Asks <c>auth.test</c> who the configured token is and stores it under that team (at start-up, and whenever a
    /// team is not known yet). Null when no token is configured.
    /// </summary>
    public async Task<BotCredential?> RegisterConfiguredTokenAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(options.Value.BotToken))
        {
            return null;
        }

        await _registering.WaitAsync(cancellationToken);
        try
        {
            var existing = _byTeam.Values.FirstOrDefault(c => c.Token == options.Value.BotToken);
            if (existing is not null)
            {
                return existing;
            }

            var identity = await api.AuthTestAsync(options.Value.BotToken, cancellationToken);
            var credential = new BotCredential(SlackTranslator.WorkspaceKey(identity.TeamId), options.Value.BotToken, identity.UserId, identity.BotId, time.GetUtcNow());
            await using (var scope = scopes.CreateAsyncScope())
            {
                await scope.ServiceProvider.GetRequiredService<IBotTokenStore>().SaveAsync(credential, cancellationToken);
            }

            _byTeam[identity.TeamId] = credential;
            Log.Registered(logger, identity.TeamId, identity.UserId ?? "?");
            return credential;
        }
        finally
        {
            _registering.Release();
        }
    }

    public void Dispose() => _registering.Dispose();
}
