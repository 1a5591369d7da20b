using FollowBot.Core.Commands.Admin;
using FollowBot.Core.Commands.Deals;
using FollowBot.Core.Commands.FollowUps;
using FollowBot.Core.Commands.Help;
using FollowBot.Core.Commands.Reports;

namespace FollowBot.Core.Commands;

/// <summary>
/// Every command FollowBot understands, under one wire name each (house rule 2). The order is the order of
/// <c>help</c>. Manifests and help are built from this list, so a command exists in one place.
/// </summary>
public sealed class CommandCatalog
{
    private readonly Dictionary<string, CommandSpec> _byVerb = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, CommandSpec> _byWire = new(StringComparer.OrdinalIgnoreCase);

    public CommandCatalog()
    {
        Entries =
        [
            Entry<ShowHelp, ShowHelpHandler>(ShowHelp.Spec),
            Entry<CreateLead, CreateLeadHandler>(CreateLead.Spec),
            Entry<ShowDeal, ShowDealHandler>(ShowDeal.Spec),
            Entry<UpdateDeal, UpdateDealHandler>(UpdateDeal.Spec),
            Entry<AdvanceDeal, AdvanceDealHandler>(AdvanceDeal.Spec),
            Entry<AddNote, AddNoteHandler>(AddNote.Spec),
            Entry<SetReminder, SetReminderHandler>(SetReminder.Spec),
            Entry<SnoozeDeal, SnoozeDealHandler>(SnoozeDeal.Spec),
            Entry<AssignDeal, AssignDealHandler>(AssignDeal.Spec),
            Entry<WinDeal, WinDealHandler>(WinDeal.Spec),
            Entry<LoseDeal, LoseDealHandler>(LoseDeal.Spec),
            Entry<ListMine, ListMineHandler>(ListMine.Spec),
            Entry<ListOverdue, ListOverdueHandler>(ListOverdue.Spec),
            Entry<ShowPipeline, ShowPipelineHandler>(ShowPipeline.Spec),
            Entry<ExportDeals, ExportDealsHandler>(ExportDeals.Spec),
            Entry<FindDeals, FindDealsHandler>(FindDeals.Spec),
            Entry<ShowDigest, ShowDigestHandler>(ShowDigest.Spec),
            Entry<SetSla, SetSlaHandler>(SetSla.Spec),
            Entry<SetRole, SetRoleHandler>(SetRole.Spec),
            Entry<SetTeam, SetTeamHandler>(SetTeam.Spec),
            Entry<SetLanguage, SetLanguageHandler>(SetLanguage.Spec),
        ];

        foreach (var entry in Entries)
        {
            _byWire.Add(entry.Spec.WireName, entry.Spec);
            foreach (var verb in entry.Spec.AllVerbs)
            {
                _byVerb.Add(verb, entry.Spec);
            }
        }
    }

    public IReadOnlyList<CatalogEntry> Entries { get; }

    public IEnumerable<CommandSpec> Specs => Entries.Select(e => e.Spec);

    public CommandSpec? FindVerb(string verb) => _byVerb.GetValueOrDefault(verb.Trim().TrimStart('/'));

    public CommandSpec? FindWireName(string wireName) => _byWire.GetValueOrDefault(wireName.Trim());

    /// <summary>A help topic may be a verb, an alias or a wire name.</summary>
    public CommandSpec? FindTopic(string topic) => FindVerb(topic) ?? FindWireName(topic);

    /// <summary>A Chinese verb glued to its argument (<c>推进12</c>, <c>查看#3</c>): the verb and where it ends.</summary>
    public (CommandSpec Spec, int VerbLength)? SplitGluedVerb(string word)
    {
        foreach (var spec in Specs)
        {
            var alias = spec.Alias;
            if (word.Length > alias.Length && word.StartsWith(alias, StringComparison.Ordinal) && alias[0] > 0x2E80)
            {
                return (spec, alias.Length);
            }
        }

        return null;
    }

    private static CatalogEntry Entry<TCommand, THandler>(CommandSpec spec)
        where TCommand : ICommand
        where THandler : ICommandHandler<TCommand> =>
        new(spec, typeof(TCommand), typeof(THandler), typeof(ICommandHandler<TCommand>));
}

public sealed record CatalogEntry(CommandSpec Spec, Type CommandType, Type HandlerType, Type ServiceType);
