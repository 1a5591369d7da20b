namespace FollowBot.Core.Cards.Templating;

/// <summary>Where a template value sits: its JSON path and 1-based line.</summary>
internal sealed record TemplatePosition(string Path, int Line)
{
    public override string ToString() => $"{Path} (line {Line})";
}
