using FollowBot.Teams.Protocol;

namespace FollowBot.Teams.Inbound;

/// <summary>One unit of background work, in the lane of its conversation.</summary>
internal abstract record TeamsWork(string ConversationId);

/// <summary>An activity to handle: a message, or a conversation/installation update.</summary>
internal sealed record ActivityWork(Activity Activity) : TeamsWork(Activity.Conversation!.Id!);

/// <summary>After a click: show the new card to everyone by replacing the clicked message (teams-protocol.md §4.5).</summary>
internal sealed record CardUpdateWork(string ServiceUrl, string Conversation, string ActivityId, OutgoingActivity Message) : TeamsWork(Conversation);

/// <summary>After a click that opened something: post it as new messages in the conversation.</summary>
internal sealed record SendWork(string ServiceUrl, string Conversation, IReadOnlyList<OutgoingActivity> Messages) : TeamsWork(Conversation);
