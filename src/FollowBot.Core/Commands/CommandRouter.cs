using System.Collections.Concurrent;
using FollowBot.Core.Conversations;
using Microsoft.Extensions.DependencyInjection;

namespace FollowBot.Core.Commands;

/// <summary>Finds the one handler of a command's type and runs it (a mediator in a dozen lines, no package).</summary>
public sealed class CommandRouter(IServiceProvider services)
{
    private static readonly ConcurrentDictionary<Type, Func<IServiceProvider, ICommand, CommandContext, CancellationToken, Task<CommandOutcome>>> Invokers = new();

    public Task<CommandOutcome> RouteAsync(ICommand command, CommandContext context, CancellationToken cancellationToken) =>
        Invokers.GetOrAdd(command.GetType(), MakeInvoker)(services, command, context, cancellationToken);

    private static Func<IServiceProvider, ICommand, CommandContext, CancellationToken, Task<CommandOutcome>> MakeInvoker(Type commandType)
    {
        var method = typeof(CommandRouter).GetMethod(nameof(Invoke), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
            .MakeGenericMethod(commandType);
        return method.CreateDelegate<Func<IServiceProvider, ICommand, CommandContext, CancellationToken, Task<CommandOutcome>>>();
    }

    private static Task<CommandOutcome> Invoke<TCommand>(IServiceProvider services, ICommand command, CommandContext context, CancellationToken cancellationToken)
        where TCommand : ICommand =>
        services.GetRequiredService<ICommandHandler<TCommand>>().HandleAsync((TCommand)command, context, cancellationToken);
}
