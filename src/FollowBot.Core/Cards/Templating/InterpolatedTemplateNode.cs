namespace FollowBot.Core.Cards.Templating;

/// <summary>Text with expressions in it; always binds to a string. Parts are strings or expressions.</summary>
internal sealed record InterpolatedTemplateNode(TemplatePosition Position, IReadOnlyList<object> Parts) : TemplateNode(Position);
