using FollowBot.Core.Cards.Templating;

namespace FollowBot.Slack.Rendering;

/// <summary>The Block Kit templates, <c>cards/slack/*.json</c>, loaded (and checked) once at start.</summary>
public sealed class SlackCardTemplates(ICardTemplateSource source)
{
    public const string Folder = "slack";

    public static SlackCardTemplates Default() => new(DirectoryCardTemplateSource.Default(Folder));

    public ICardTemplateSource Source { get; } = source;
}
