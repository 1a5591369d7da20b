namespace FollowBot.Core.Cards.Templating.Expressions;

/// <summary>
/// JavaScript's <c>undefined</c>. The official engine tells a missing field (undefined) from a JSON null, and
/// treats them differently (a missing field becomes the literal <c>${path}</c>, a null is kept), so we need both.
/// </summary>
internal sealed class JsUndefined
{
    public static readonly JsUndefined Value = new();

    private JsUndefined()
    {
    }

    public override string ToString() => "undefined";
}
