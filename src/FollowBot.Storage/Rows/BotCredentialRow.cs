namespace FollowBot.Storage.Rows;

/// <summary>Storage shape of <see cref="Core.Persistence.BotCredential"/>: one row per workspace key.</summary>
internal sealed class BotCredentialRow
{
    public string WorkspaceKey { get; set; } = "";

    public string Token { get; set; } = "";

    public string? BotUserId { get; set; }

    public string? BotId { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
