namespace FollowBot.Teams.Protocol;

/// <summary>The connector's answer to a send, reply, update or create: the new resource's id.</summary>
public sealed record ResourceResponse(string? Id, string? ActivityId = null, string? ServiceUrl = null);
