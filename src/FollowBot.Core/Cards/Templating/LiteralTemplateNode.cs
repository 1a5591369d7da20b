using System.Text.Json.Nodes;

namespace FollowBot.Core.Cards.Templating;

/// <summary>A value copied as is: a number, boolean, null, or a string without <c>${</c>.</summary>
internal sealed record LiteralTemplateNode(TemplatePosition Position, JsonNode? Value) : TemplateNode(Position);
