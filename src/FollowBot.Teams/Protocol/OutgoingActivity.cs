using System.Text.Json.Nodes;

namespace FollowBot.Teams.Protocol;

/// <summary>
/// What FollowBot posts to the Connector (teams-protocol.md §3.2): a message with text and/or one card. The
/// connector routes by URL, so <c>from</c>/<c>conversation</c> are optional; <c>channelData.notification.alert</c>
/// makes a proactive 1:1 message raise a notification.
/// </summary>
public sealed record OutgoingActivity(
    string Type,
    string? Text,
    IReadOnlyList<Attachment>? Attachments = null,
    string? ReplyToId = null,
    string? Locale = null,
    JsonObject? ChannelData = null);
