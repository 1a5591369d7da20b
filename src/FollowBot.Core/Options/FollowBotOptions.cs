namespace FollowBot.Core.Options;

/// <summary>Section <c>FollowBot</c>: workspace defaults used when a workspace is first seen.</summary>
public sealed class FollowBotOptions
{
    public const string Section = "FollowBot";

    /// <summary>ISO 4217 code for amounts typed without a currency.</summary>
    public string DefaultCurrency { get; set; } = "CNY";

    /// <summary><c>en</c> or <c>zh-Hans</c>: the language of members who have not chosen one and whose channel does not say.</summary>
    public string DefaultLocale { get; set; } = "en";

    /// <summary>Channel user ids that are admins from the start (product §1), besides the first member.</summary>
    public List<string> Admins { get; } = [];
}
