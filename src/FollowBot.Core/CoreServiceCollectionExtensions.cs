using FollowBot.Core.Commands;
using FollowBot.Core.Commands.Deals;
using FollowBot.Core.Options;
using FollowBot.Core.Reports;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace FollowBot.Core;

public static class CoreServiceCollectionExtensions
{
    /// <summary>
    /// The command engine and every handler, with the validators of <see cref="CalendarOptions"/> and
    /// <see cref="PipelineOptions"/>. The host binds the options from configuration (Core reads no configuration
    /// itself) and registers the persistence ports (Storage).
    /// </summary>
    public static IServiceCollection AddFollowBotCore(this IServiceCollection services)
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<CalendarOptions>, CalendarOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<PipelineOptions>, PipelineOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<WorkspaceSettings>();

        var catalog = new CommandCatalog();
        services.TryAddSingleton(catalog);
        services.TryAddSingleton<TextCommandParser>();
        services.TryAddScoped<CommandRouter>();
        services.TryAddScoped<CommandEngine>();
        services.TryAddScoped<MemberDirectory>();
        services.TryAddScoped<DealAccess>();
        services.TryAddScoped<DealPresenter>();
        services.TryAddScoped<FollowUps.NudgeFreshness>();
        services.TryAddScoped<ReportScopes>();
        services.TryAddScoped<Commands.Reports.ScopeOfCommand>();
        services.TryAddScoped<PipelineReporter>();
        services.TryAddScoped<ReportLinkOpener>();
        services.TryAddSingleton<ReportLinks>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ReportsOptions>, ReportsOptionsValidator>());
        foreach (var entry in catalog.Entries)
        {
            services.TryAdd(ServiceDescriptor.Scoped(entry.ServiceType, entry.HandlerType));
        }

        return services;
    }
}
