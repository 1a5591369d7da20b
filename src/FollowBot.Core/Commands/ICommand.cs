namespace FollowBot.Core.Commands;

/// <summary>Marker for command records; each has exactly one handler (house rule 2).</summary>
#pragma warning disable CA1040 // a marker interface keeps the router's generic constraint honest
public interface ICommand;
#pragma warning restore CA1040

public interface ICommandHandler<in TCommand>
    where TCommand : ICommand
{
    Task<Conversations.CommandOutcome> HandleAsync(TCommand command, CommandContext context, CancellationToken cancellationToken);
}
