using System.Text;
using FollowBot.Core.Conversations;
using FollowBot.Core.Domain;
using FollowBot.Core.Persistence;
using FollowBot.Core.Time;

namespace FollowBot.Core.Commands.Admin;

/// <summary>
/// <c>sla [&lt;stage&gt; &lt;duration&gt; [grade=A|B|C]]</c> (时限): without arguments shows every stage's deadline
/// (anyone may look); with them sets one (admins only — checked in the handler so showing stays open to all).
/// </summary>
public sealed record SetSla(string? Stage, BusinessDuration? Duration, Grade? Grade) : CommandBase
{
    public static CommandSpec Spec { get; } = new("admin.sla", "sla", "时限", Bind, Role.Rep, "deadline", "deadlines");

    private static BindResult Bind(CommandInput input, BindContext context)
    {
        var stage = input.GetOrPositional("stage", 0);
        if (stage is null)
        {
            return new SetSla(null, null, null);
        }

        if (Args.Duration(input.GetOrPositional("duration", 1), out var duration) is { } bad)
        {
            return bad;
        }

        return Args.Grade(input.Get("grade"), out var grade) ?? new SetSla(stage, duration, grade);
    }
}

public sealed class SetSlaHandler(ISlaStore slas) : ICommandHandler<SetSla>
{
    public async Task<CommandOutcome> HandleAsync(SetSla command, CommandContext context, CancellationToken cancellationToken)
    {
        var t = context.Text;
        if (command.Stage is null)
        {
            var text = new StringBuilder(t["Sla_Title"]);
            foreach (var stage in context.Pipeline.OpenStages)
            {
                var byGrade = string.Join(", ", stage.SlaByGrade.OrderBy(g => g.Key).Select(g => $"{g.Key}: {Show(g.Value, context)}"));
                text.Append('\n').Append(t.Format("Sla_Line", stage.Name(t.Locale), stage.Key, stage.Sla is { } s ? Show(s, context) : t["Due_None"], byGrade.Length > 0 ? $" ({byGrade})" : ""));
            }

            return CommandOutcome.Ok(text.ToString());
        }

        if (context.Actor.Role != Role.Admin)
        {
            return CommandOutcome.Error(t.Format("Error_RoleRequired", t["Role_Admin"]));
        }

        var found = context.Pipeline.Find(command.Stage);
        if (found is null || found.IsTerminal)
        {
            return CommandOutcome.Error(t.Format("Error_UnknownStage", command.Stage, string.Join(", ", context.Pipeline.OpenStages.Select(s => s.Key))));
        }

        await slas.SetAsync(context.Workspace.Id, new SlaSetting(found.Key, command.Grade, command.Duration!.Value), cancellationToken);
        return CommandOutcome.Ok(t.Format("Reply_SlaSet", found.Name(t.Locale), Show(command.Duration.Value, context),
            command.Grade is { } g ? t.Format("Sla_ForGrade", g) : ""));
    }

    /// <summary>A duration as people read it: "2 business days", "4 business hours", "1 工作日 4 小时".</summary>
    internal static string Show(BusinessDuration d, CommandContext context)
    {
        var parts = new List<string>();
        if (d.Days > 0)
        {
            parts.Add(context.Text.Format("Duration_Days", d.Days));
        }

        if (d.Time > TimeSpan.Zero)
        {
            parts.Add(d.Time.TotalHours >= 1 && d.Time.Minutes == 0 && d.Time.Seconds == 0
                ? context.Text.Format("Duration_Hours", (int)d.Time.TotalHours)
                : d.Time.Seconds == 0
                    ? context.Text.Format("Duration_Minutes", (int)d.Time.TotalMinutes)
                    : context.Text.Format("Duration_Seconds", (int)d.Time.TotalSeconds));
        }

        return parts.Count == 0 ? "0" : string.Join(" ", parts);
    }
}
