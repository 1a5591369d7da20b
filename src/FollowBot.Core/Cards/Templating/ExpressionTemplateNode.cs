using FollowBot.Core.Cards.Templating.Expressions;

namespace FollowBot.Core.Cards.Templating;

/// <summary>A string that is exactly one <c>${…}</c> (not a bare literal): it binds to the value's own JSON type.</summary>
internal sealed record ExpressionTemplateNode(TemplatePosition Position, Expr Expression) : TemplateNode(Position);
