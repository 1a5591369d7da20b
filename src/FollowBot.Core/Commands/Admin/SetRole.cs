using FollowBot.Core.Commands.Deals;
using FollowBot.Core.Commands.Parsing;
using FollowBot.Core.Conversations;
using FollowBot.Core.Domain;
using FollowBot.Core.Persistence;

namespace FollowBot.Core.Commands.Admin;

/// <summary><c>role &lt;person&gt; rep|manager|admin</c> (角色). An admin can't demote the last admin.</summary>
public sealed record SetRole(PersonRef Person, Role Role) : CommandBase
{
    public static CommandSpec Spec { get; } = new("admin.role", "role", "角色", Bind, Role.Admin);

    private static BindResult Bind(CommandInput input, BindContext context)
    {
        var who = input.GetOrPositional("person", 0);
        var roleText = input.GetOrPositional("role", 1);
        if (who is null || roleText is null)
        {
            return BindResult.Fail("Error_RoleUsage");
        }

        Role? role = roleText.ToLowerInvariant() switch
        {
            "rep" or "sales" or "销售" or "业务员" => Role.Rep,
            "manager" or "经理" or "主管" => Role.Manager,
            "admin" or "管理员" => Role.Admin,
            _ => null,
        };
        if (role is null)
        {
            return BindResult.Fail("Error_BadRole", roleText);
        }

        return Args.Person(who, out var person) ?? new SetRole(person!.Value, role.Value);
    }
}

public sealed class SetRoleHandler(IMemberStore members, DealAccess access) : ICommandHandler<SetRole>
{
    public async Task<CommandOutcome> HandleAsync(SetRole command, CommandContext context, CancellationToken cancellationToken)
    {
        var (member, refusal) = await access.FindPersonAsync(command.Person, context, cancellationToken);
        if (member is null)
        {
            return refusal!;
        }

        if (member.Role == Role.Admin && command.Role != Role.Admin)
        {
            var admins = (await members.ListAsync(context.Workspace.Id, cancellationToken)).Count(m => m.Role == Role.Admin);
            if (admins <= 1)
            {
                return CommandOutcome.Error(context.Text["Error_LastAdmin"]);
            }
        }

        member.SetRole(command.Role);
        await members.SaveAsync(cancellationToken);
        return CommandOutcome.Ok(context.Text.Format("Reply_RoleSet", member.DisplayName, context.Text["Role_" + command.Role]));
    }
}
