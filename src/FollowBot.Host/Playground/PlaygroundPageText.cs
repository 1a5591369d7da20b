using System.Collections;
using System.Globalization;
using System.Resources;
using FollowBot.Core.Domain;

namespace FollowBot.Host.Playground;

/// <summary>The page's own words (buttons, labels, hints) from <c>PageText.resx</c> / <c>PageText.zh-Hans.resx</c>.</summary>
internal static class PlaygroundPageText
{
    private static readonly ResourceManager Resources = new("FollowBot.Host.Playground.PageText", typeof(PlaygroundPageText).Assembly);

    public static Dictionary<string, string> For(string? lang)
    {
        var culture = Locales.Culture(Locales.Normalize(lang) ?? Locales.English);
        var neutral = Resources.GetResourceSet(CultureInfo.InvariantCulture, true, true)!;
        return neutral.Cast<DictionaryEntry>()
            .Select(e => (string)e.Key)
            .ToDictionary(k => k, k => Resources.GetString(k, culture) ?? k);
    }
}
