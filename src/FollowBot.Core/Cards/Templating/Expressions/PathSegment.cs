namespace FollowBot.Core.Cards.Templating.Expressions;

/// <summary>One step of a memory path: a property name, or an <c>[n]</c> index (whose name is its digits).</summary>
internal readonly record struct PathSegment(string Name, int? Index)
{
    public static PathSegment Property(string name) => new(name, null);

    public static PathSegment At(int index) => new(index.ToString(System.Globalization.CultureInfo.InvariantCulture), index);
}
