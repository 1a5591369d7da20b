using System.Globalization;
using System.Resources;
using FollowBot.Core.Domain;

namespace FollowBot.Core.Text;

/// <summary>Every sentence a person reads, in one language (resources <c>Strings.resx</c> and <c>Strings.zh-Hans.resx</c>).</summary>
public sealed class Texts
{
    private static readonly ResourceManager Resources = new("FollowBot.Core.Text.Strings", typeof(Texts).Assembly);

    private Texts(string locale)
    {
        Locale = locale;
        Culture = Locales.Culture(locale);
    }

    public static Texts English { get; } = new(Locales.English);

    public static Texts Chinese { get; } = new(Locales.Chinese);

    public string Locale { get; }

    public CultureInfo Culture { get; }

    public bool IsChinese => Locale == Locales.Chinese;

    public static Texts For(string? locale) => Locales.Normalize(locale) == Locales.Chinese ? Chinese : English;

    /// <summary>The text for <paramref name="key"/>; a missing key shows itself rather than failing the answer.</summary>
    public string this[string key] => Resources.GetString(key, Culture) ?? key;

    public string Format(string key, params object?[] args) => string.Format(Culture, this[key], args);

    public bool Has(string key) => Resources.GetString(key, Culture) is not null;

    /// <summary>True when this language's own resource file has the key (no fallback to English).</summary>
    public bool IsTranslated(string key) =>
        Resources.GetResourceSet(Culture, createIfNotExists: true, tryParents: false)?.GetString(key) is not null;

    public static IEnumerable<string> Keys() =>
        Resources.GetResourceSet(CultureInfo.InvariantCulture, true, true)!.Cast<System.Collections.DictionaryEntry>().Select(e => (string)e.Key);

    public string Money(Money money) => money.Format(Culture);

    /// <summary>An instant as the reader sees it on their own clock.</summary>
    public string DateTime(DateTimeOffset instant, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(instant, zone).ToString(this["Format_DateTime"], Culture);

    public string Date(DateOnly date) => date.ToString(this["Format_Date"], Culture);
}
