using FollowBot.Core.Domain;

namespace FollowBot.Core.Commands;

/// <summary>
/// One catalog entry: the wire name shared by text, card verbs and Slack action ids, the typed verbs
/// (English, then Chinese alias, then synonyms), who may run it, and how arguments bind to the record.
/// Help text and usage live in resources under <c>Help_{WireName}</c> and <c>Usage_{WireName}</c>.
/// </summary>
public sealed record CommandSpec(
    string WireName,
    string Verb,
    string Alias,
    Func<CommandInput, BindContext, BindResult> Bind,
    Role MinimumRole = Role.Rep,
    params string[] Synonyms)
{
    public IEnumerable<string> AllVerbs => new[] { Verb, Alias }.Concat(Synonyms);

    public string UsageKey => "Usage_" + WireName;

    public string HelpKey => "Help_" + WireName;
}
