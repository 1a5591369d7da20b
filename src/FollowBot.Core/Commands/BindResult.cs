namespace FollowBot.Core.Commands;

/// <summary>Either a typed command or a user mistake: a resource key and its arguments (rendered in the member's language).</summary>
public sealed record BindResult(ICommand? Command, string? ErrorKey, object?[] ErrorArgs)
{
    public static BindResult Ok(ICommand command) => new(command, null, []);

    public static BindResult Fail(string errorKey, params object?[] args) => new(null, errorKey, args);

    public static implicit operator BindResult(CommandBase command) => Ok(command);
}

/// <summary>Base record so commands convert to <see cref="BindResult"/> without ceremony.</summary>
public abstract record CommandBase : ICommand;
