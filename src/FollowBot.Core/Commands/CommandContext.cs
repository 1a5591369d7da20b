using FollowBot.Core.Domain;
using FollowBot.Core.Text;
using FollowBot.Core.Time;

namespace FollowBot.Core.Commands;

/// <summary>Everything a handler knows about who asks, where and when; built once per command by the engine.</summary>
public sealed class CommandContext
{
    public required Workspace Workspace { get; init; }

    public required Member Actor { get; init; }

    /// <summary>The actor's language for this answer.</summary>
    public required Texts Text { get; init; }

    public required DateTimeOffset Now { get; init; }

    public required string Channel { get; init; }

    public string? MessageLink { get; init; }

    public required Pipeline Pipeline { get; init; }

    /// <summary>The workspace calendar: deadlines are counted in its business time.</summary>
    public required BusinessCalendar Calendar { get; init; }

    /// <summary>Whose deals the actor sees and edits: null for an admin (everyone); self plus reports for a manager; self for a rep.</summary>
    public IReadOnlyCollection<MemberId>? Scope { get; init; }

    public TimeZoneInfo ActorZone => TimeZones.FindOrUtc(Actor.TimeZone);

    /// <summary>The actor's own local date, for relative dates such as <c>tomorrow</c>.</summary>
    public DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(Now, ActorZone).DateTime);

    public bool CanSee(Deal deal) =>
        deal.WorkspaceId == Workspace.Id && (Scope is null || Scope.Contains(deal.OwnerId) || Scope.Contains(deal.StageOwnerId));

    /// <summary>Product §8: whoever may see a deal may edit it (own, team's, or all for admins).</summary>
    public bool CanEdit(Deal deal) => CanSee(deal);

    public DateTimeOffset? DueFor(StageDefinition stage, Grade grade, DateTimeOffset from) =>
        stage.SlaFor(grade) is { } sla ? Calendar.Add(from, sla) : null;

    /// <summary>A timeline entry by the actor, now, on this channel.</summary>
    public TimelineEntry Entry(Deal deal, TimelineKind kind, string? text = null, FieldChange? change = null) =>
        new(deal, kind, Actor.Id, Now, Channel)
        {
            MessageLink = MessageLink,
            Text = text,
            Field = change?.Field,
            Before = change?.Before,
            After = change?.After,
        };
}
