namespace FollowBot.Core.Persistence;

/// <summary>The bot's credential per workspace key (e.g. <c>slack:T123</c>); secrets stay out of logs.</summary>
public interface IBotTokenStore
{
    Task<BotCredential?> FindAsync(string workspaceKey, CancellationToken cancellationToken);

    /// <summary>Inserts or replaces the credential of <c>credential.WorkspaceKey</c>.</summary>
    Task SaveAsync(BotCredential credential, CancellationToken cancellationToken);
}
