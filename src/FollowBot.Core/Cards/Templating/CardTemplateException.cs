namespace FollowBot.Core.Cards.Templating;

/// <summary>
/// A card template that cannot be used: invalid JSON or syntax outside the supported subset (thrown when the
/// template is loaded), or data the official engine would also fail on (thrown by <see cref="CardTemplate.Bind"/>).
/// </summary>
public sealed class CardTemplateException : Exception
{
    public CardTemplateException(string fileName, string position, string problem, Exception? innerException = null)
        : base($"{fileName} at {position}: {problem}", innerException)
    {
        FileName = fileName;
        Position = position;
    }

    public string FileName { get; }

    /// <summary>JSON path and line, e.g. <c>$.body[2].text (line 14)</c>.</summary>
    public string Position { get; }
}
