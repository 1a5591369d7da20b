namespace FollowBot.Core.Domain;

/// <summary>One Slack team, one Teams tenant, or the Playground. Nothing is visible across workspaces.</summary>
public sealed class Workspace
{
    private Workspace()
    {
        Key = Name = DefaultCurrency = TimeZone = Locale = "";
    }

    public Workspace(string key, string name, string defaultCurrency, string timeZone, string locale, DateTimeOffset createdAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        Id = WorkspaceId.New();
        Key = key;
        Name = name;
        DefaultCurrency = defaultCurrency;
        TimeZone = timeZone;
        Locale = Locales.Normalize(locale) ?? Locales.English;
        CreatedAt = createdAt;
    }

    public WorkspaceId Id { get; private set; }

    /// <summary>Channel-qualified external id, e.g. <c>playground</c>, <c>slack:T123</c>, <c>teams:&lt;tenant&gt;</c>.</summary>
    public string Key { get; private set; }

    public string Name { get; private set; }
    public string DefaultCurrency { get; private set; }
    public string TimeZone { get; private set; }
    public string Locale { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Deal numbers are per workspace; the store advances this counter atomically in the database.</summary>
    public int LastDealNumber { get; private set; }
}
