using System.Text.Json;
using System.Text.Json.Serialization;

namespace FollowBot.Host.Playground;

/// <summary>
/// <c>POST /api/playground/messages</c>: <c>{"user":"alice","text":"lead Acme"}</c> or
/// <c>{"user":"alice","action":{"verb":"deal.advance","data":{"deal":1}}}</c>. Strict: unknown fields are refused,
/// so a typo in a test or script is a clear 400 rather than a silently ignored field.
/// </summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record PlaygroundMessage(string? User, string? Text, PlaygroundAction? Action);

[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record PlaygroundAction(string? Verb, Dictionary<string, JsonElement>? Data);

public sealed record PlaygroundReply(string? Text, JsonElement? Card);

public sealed record PlaygroundReplies(IReadOnlyList<PlaygroundReply> Replies);

public sealed record PlaygroundProblem(string Error);

public sealed record PlaygroundInboxItem(long Id, DateTimeOffset At, string? Text, JsonElement? Card);

public sealed record PlaygroundInbox(IReadOnlyList<PlaygroundInboxItem> Messages, string Next);

public sealed record PlaygroundStreamItem(long Id, string User, DateTimeOffset At, string? Text, JsonElement? Card);
