using FollowBot.Core.Conversations;
using FollowBot.Core.Domain;
using FollowBot.Core.Persistence;
using FollowBot.Core.Text;

namespace FollowBot.Core.Commands.Admin;

/// <summary><c>lang en|zh</c> (语言): my language, which wins over what the channel reports.</summary>
public sealed record SetLanguage(string Locale) : CommandBase
{
    public static CommandSpec Spec { get; } = new("member.lang", "lang", "语言", Bind, Role.Rep, "language");

    private static BindResult Bind(CommandInput input, BindContext context)
    {
        var text = input.GetOrPositional("lang", 0);
        if (text is null)
        {
            return BindResult.Fail("Error_MissingLanguage");
        }

        var locale = text.ToLowerInvariant() switch
        {
            "中文" or "汉语" or "简体" or "简体中文" => Locales.Chinese,
            "英文" or "英语" => Locales.English,
            var other => Locales.Normalize(other),
        };
        return locale is null ? BindResult.Fail("Error_BadLanguage", text) : new SetLanguage(locale);
    }
}

public sealed class SetLanguageHandler(IMemberStore members) : ICommandHandler<SetLanguage>
{
    public async Task<CommandOutcome> HandleAsync(SetLanguage command, CommandContext context, CancellationToken cancellationToken)
    {
        context.Actor.ChooseLocale(command.Locale);
        await members.SaveAsync(cancellationToken);
        return CommandOutcome.Ok(Texts.For(command.Locale)["Reply_LanguageSet"]);
    }
}
