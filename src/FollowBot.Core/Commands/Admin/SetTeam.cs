using FollowBot.Core.Commands.Deals;
using FollowBot.Core.Commands.Parsing;
using FollowBot.Core.Conversations;
using FollowBot.Core.Domain;
using FollowBot.Core.Persistence;

namespace FollowBot.Core.Commands.Admin;

/// <summary>
/// <c>team &lt;manager&gt; &lt;person&gt;...</c> (团队): these people report to that manager. A rep named as manager is
/// promoted to manager, since reports need someone who can see their deals.
/// </summary>
public sealed record SetTeam(PersonRef Manager, IReadOnlyList<PersonRef> Reports) : CommandBase
{
    public static CommandSpec Spec { get; } = new("admin.team", "team", "团队", Bind, Role.Admin);

    private static BindResult Bind(CommandInput input, BindContext context)
    {
        if (input.Positional.Count < 2)
        {
            return BindResult.Fail("Error_TeamUsage");
        }

        var people = new List<PersonRef>();
        foreach (var token in input.Positional)
        {
            if (Args.Person(token.Value, out var person) is { } bad)
            {
                return bad;
            }

            people.Add(person!.Value);
        }

        return new SetTeam(people[0], people.Skip(1).ToList());
    }
}

public sealed class SetTeamHandler(IMemberStore members, DealAccess access) : ICommandHandler<SetTeam>
{
    public async Task<CommandOutcome> HandleAsync(SetTeam command, CommandContext context, CancellationToken cancellationToken)
    {
        var (manager, refusal) = await access.FindPersonAsync(command.Manager, context, cancellationToken);
        if (manager is null)
        {
            return refusal!;
        }

        var reports = new List<Member>();
        foreach (var person in command.Reports)
        {
            var (member, notFound) = await access.FindPersonAsync(person, context, cancellationToken);
            if (member is null)
            {
                return notFound!;
            }

            if (member.Id == manager.Id)
            {
                return CommandOutcome.Error(context.Text.Format("Error_SelfManager", member.DisplayName));
            }

            reports.Add(member);
        }

        if (manager.Role == Role.Rep)
        {
            manager.SetRole(Role.Manager);
        }

        foreach (var member in reports)
        {
            member.SetManager(manager.Id);
        }

        await members.SaveAsync(cancellationToken);
        return CommandOutcome.Ok(context.Text.Format("Reply_TeamSet", manager.DisplayName, string.Join(", ", reports.Select(r => r.DisplayName))));
    }
}
