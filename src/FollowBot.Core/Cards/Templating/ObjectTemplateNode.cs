using FollowBot.Core.Cards.Templating.Expressions;

namespace FollowBot.Core.Cards.Templating;

/// <summary>An object, with its <c>$data</c> and <c>$when</c> (if any) taken out of the properties.</summary>
internal sealed record ObjectTemplateNode(
    TemplatePosition Position,
    IReadOnlyList<KeyValuePair<string, TemplateNode>> Properties,
    Expr? Data,
    Expr? When) : TemplateNode(Position);
