namespace FollowBot.Core.Cards.Templating;

/// <summary>A template value compiled at load time, so binding never re-parses text.</summary>
internal abstract record TemplateNode(TemplatePosition Position);
