namespace FollowBot.Core.Domain;

/// <summary>A person in one workspace (product §3).</summary>
public sealed class Member
{
    private Member()
    {
        ExternalId = DisplayName = TimeZone = "";
    }

    public Member(WorkspaceId workspaceId, string externalId, string displayName, string timeZone, Role role, DateTimeOffset createdAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(externalId);
        Id = MemberId.New();
        WorkspaceId = workspaceId;
        ExternalId = externalId;
        DisplayName = string.IsNullOrWhiteSpace(displayName) ? externalId : displayName.Trim();
        TimeZone = timeZone;
        Role = role;
        CreatedAt = createdAt;
    }

    public MemberId Id { get; private set; }
    public WorkspaceId WorkspaceId { get; private set; }

    /// <summary>The channel's user id (Slack U…, Teams aadObjectId, Playground name).</summary>
    public string ExternalId { get; private set; }

    public string DisplayName { get; private set; }
    public string? Email { get; private set; }

    /// <summary>IANA time zone id.</summary>
    public string TimeZone { get; private set; }

    /// <summary>What the member chose with <c>lang</c>; wins over the channel's locale.</summary>
    public string? ChosenLocale { get; private set; }

    /// <summary>The locale the channel last reported.</summary>
    public string? ChannelLocale { get; private set; }

    public Role Role { get; private set; }
    public MemberId? ManagerId { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Language resolution order of product §9: <c>lang</c>, else the channel's locale, else the workspace default.</summary>
    public string LocaleOr(string workspaceLocale) => ChosenLocale ?? ChannelLocale ?? workspaceLocale;

    public bool IsAtLeast(Role role) => Role >= role;

    /// <summary>Refreshes what the channel tells us on every message; returns true when anything changed.</summary>
    public bool Refresh(string? displayName, string? email, string? timeZone, string? channelLocale)
    {
        var changed = false;
        if (!string.IsNullOrWhiteSpace(displayName) && displayName.Trim() != DisplayName)
        {
            DisplayName = displayName.Trim();
            changed = true;
        }

        if (!string.IsNullOrWhiteSpace(email) && email != Email)
        {
            Email = email;
            changed = true;
        }

        if (!string.IsNullOrWhiteSpace(timeZone) && timeZone != TimeZone)
        {
            TimeZone = timeZone;
            changed = true;
        }

        var locale = Locales.Normalize(channelLocale);
        if (locale is not null && locale != ChannelLocale)
        {
            ChannelLocale = locale;
            changed = true;
        }

        return changed;
    }

    public void ChooseLocale(string locale) => ChosenLocale = Locales.Normalize(locale) ?? Locales.English;

    public void SetRole(Role role) => Role = role;

    public void SetManager(MemberId? managerId)
    {
        if (managerId == Id)
        {
            throw new InvalidOperationException("A member cannot manage themselves.");
        }

        ManagerId = managerId;
    }
}
