namespace FollowBot.Core.Conversations;

/// <summary>
/// What every channel adapter hands the engine (architecture §2.3): who said what, where. Exactly one of
/// <see cref="Text"/> and <see cref="Action"/> is set. <see cref="Conversation"/> is how to reach the member later
/// (nudges, digests); the engine stores it for them on every message.
/// </summary>
public sealed record CommandEnvelope(
    WorkspaceRef Workspace,
    ActorRef Actor,
    string Channel,
    string? Text,
    CardAction? Action = null,
    string? MessageLink = null,
    ConversationRef? Conversation = null);

/// <summary>The workspace as the channel names it: <c>playground</c>, <c>slack:T123</c>, <c>teams:&lt;tenant id&gt;</c>.</summary>
public sealed record WorkspaceRef(string Key, string? Name = null);

/// <summary>The person as the channel describes them; time zone and locale only when the channel tells.</summary>
public sealed record ActorRef(
    string ExternalId,
    string? DisplayName = null,
    string? Email = null,
    string? TimeZone = null,
    string? Locale = null);

/// <summary>A card button or form: the command's wire name and its data (inputs merged in, values as text).</summary>
public sealed record CardAction(string Verb, IReadOnlyDictionary<string, string?> Data);
