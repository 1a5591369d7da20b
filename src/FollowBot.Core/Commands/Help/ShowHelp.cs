using FollowBot.Core.Cards;
using FollowBot.Core.Commands.Deals;
using FollowBot.Core.Conversations;
using FollowBot.Core.Domain;

namespace FollowBot.Core.Commands.Help;

/// <summary><c>help [command]</c> (帮助): every command, or one explained with its usage.</summary>
public sealed record ShowHelp(string? Topic) : CommandBase
{
    public static CommandSpec Spec { get; } = new("help", "help", "帮助", Bind, Role.Rep, "?", "？", "h", "commands", "命令");

    private static BindResult Bind(CommandInput input, BindContext context) => new ShowHelp(input.GetOrPositional("topic", 0));
}

public sealed class ShowHelpHandler(CommandCatalog catalog, DealPresenter presenter) : ICommandHandler<ShowHelp>
{
    public Task<CommandOutcome> HandleAsync(ShowHelp command, CommandContext context, CancellationToken cancellationToken)
    {
        var t = context.Text;
        if (command.Topic is null)
        {
            return Task.FromResult(CommandOutcome.Card(CardId.Help, presenter.Help(catalog, context), t["Help_Intro"]));
        }

        var spec = catalog.FindTopic(command.Topic);
        return Task.FromResult(spec is null
            ? CommandOutcome.Error(t.Format("Error_UnknownCommand", command.Topic) + " " + t["Error_HelpHint"])
            : CommandOutcome.Ok(t.Format("Help_One", t[spec.UsageKey], spec.Alias, t[spec.HelpKey])));
    }
}
