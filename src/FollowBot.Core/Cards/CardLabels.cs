using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;
using System.Resources;

namespace FollowBot.Core.Cards;

/// <summary>
/// Every word a card shows that is not data (button titles, field labels, placeholders, headings), from
/// <c>Text/CardLabels.resx</c> and its translations. Templates read them as <c>${t.key}</c>.
/// </summary>
public static class CardLabels
{
    private static readonly ResourceManager Resources = new("FollowBot.Core.Text.CardLabels", typeof(CardLabels).Assembly);
    private static readonly ConcurrentDictionary<string, IReadOnlyDictionary<string, string>> ByCulture = new(StringComparer.Ordinal);

    /// <summary>All keys, each resolved for <paramref name="culture"/> with the usual fallback (zh-CN → zh-Hans → English).</summary>
    public static IReadOnlyDictionary<string, string> For(CultureInfo culture) =>
        ByCulture.GetOrAdd(culture.Name, _ => Keys.ToDictionary(key => key, key => Resources.GetString(key, culture) ?? key, StringComparer.Ordinal));

    /// <summary>The keys of the neutral (English) resources, sorted.</summary>
    public static IReadOnlyList<string> Keys { get; } = ReadKeys(CultureInfo.InvariantCulture) ?? [];

    /// <summary>The keys one culture's own resource file defines, without fallback; null when it has none.</summary>
    internal static IReadOnlyList<string>? ReadKeys(CultureInfo culture)
    {
        var set = Resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false);
        return set?.Cast<DictionaryEntry>().Select(entry => (string)entry.Key).Order(StringComparer.Ordinal).ToList();
    }
}
