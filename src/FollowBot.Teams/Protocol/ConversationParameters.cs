using System.Text.Json.Nodes;

namespace FollowBot.Teams.Protocol;

/// <summary>
/// <c>POST /v3/conversations</c> for a proactive 1:1 (teams-protocol.md §3.3): Teams wants the tenant both at the top
/// level and in <c>channelData.tenant.id</c>, else 400 "Could not parse tenant id".
/// </summary>
public sealed record ConversationParameters(bool IsGroup, AccountRef Bot, IReadOnlyList<AccountRef> Members, string? TenantId, JsonObject? ChannelData);

public sealed record AccountRef(string Id, string? Name = null);
