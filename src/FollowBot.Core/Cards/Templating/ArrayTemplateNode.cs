namespace FollowBot.Core.Cards.Templating;

internal sealed record ArrayTemplateNode(TemplatePosition Position, IReadOnlyList<TemplateNode> Items) : TemplateNode(Position);
