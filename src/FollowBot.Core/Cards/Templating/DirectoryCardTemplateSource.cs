namespace FollowBot.Core.Cards.Templating;

/// <summary>
/// Loads every <c>*.json</c> in one folder when constructed, so a broken template stops the app at start-up
/// rather than when someone first asks for that card.
/// </summary>
public sealed class DirectoryCardTemplateSource : ICardTemplateSource
{
    private readonly Dictionary<string, CardTemplate> templates;

    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    /// <exception cref="CardTemplateException">A template is invalid; the message names the file and position.</exception>
    public DirectoryCardTemplateSource(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"Card template folder not found: {directory}");
        }

        FolderPath = directory;
        templates = Directory.EnumerateFiles(directory, "*.json")
            .Order(StringComparer.Ordinal)
            .Select(path => CardTemplate.Parse(File.ReadAllText(path), path))
            .ToDictionary(template => template.Name, StringComparer.Ordinal);
    }

    /// <summary>
    /// The <c>cards</c> folder next to the app: FollowBot.Core copies the repository's <c>cards/**</c> into
    /// the output of every project that references it.
    /// </summary>
    public static string DefaultRoot => Path.Combine(AppContext.BaseDirectory, "cards");

    public string FolderPath { get; }

    public IReadOnlyCollection<string> CardIds => templates.Keys;

    /// <summary>The templates in <c>cards/&lt;channelFolder&gt;</c> under <see cref="DefaultRoot"/>.</summary>
    public static DirectoryCardTemplateSource Default(string channelFolder) => new(Path.Combine(DefaultRoot, channelFolder));

    public CardTemplate Get(string cardId) =>
        templates.TryGetValue(cardId, out var template)
            ? template
            : throw new KeyNotFoundException($"No card template '{cardId}' in {FolderPath} (have: {string.Join(", ", templates.Keys)}).");
}
