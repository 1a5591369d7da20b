namespace FollowBot.Core.Cards.Templating;

/// <summary>Where the card templates of one channel come from (a folder such as <c>cards/&lt;channel&gt;</c>).</summary>
public interface ICardTemplateSource
{
    /// <exception cref="KeyNotFoundException">No template with that id.</exception>
    CardTemplate Get(string cardId);

    IReadOnlyCollection<string> CardIds { get; }
}
