using FollowBot.Bench.Shared;
using FollowBot.Core;
using FollowBot.Core.Conversations;
using FollowBot.Core.FollowUps;
using FollowBot.Core.Options;
using FollowBot.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FollowUps.Bench;

/// <summary>FollowBot's Core and Storage as the Host wires them, over one SQLite file, with the counting channel.</summary>
internal static class BenchServices
{
    public static ServiceProvider Build(string databasePath, BenchClock clock, CountingPublisher publisher)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:FollowBot"] = $"Data Source={databasePath}",
            ["FollowBot:Calendar:Enabled"] = "false",
            ["FollowBot:Nudges:MaxNudgesPerDay"] = "10",
            ["FollowBot:Nudges:BatchSize"] = "1000",
            ["FollowBot:Nudges:Parallelism"] = "64",
        }).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddOptions<FollowBotOptions>().Bind(configuration.GetSection(FollowBotOptions.Section));
        services.AddOptions<CalendarOptions>().Bind(configuration.GetSection(CalendarOptions.Section));
        services.AddOptions<PipelineOptions>().Bind(configuration.GetSection(PipelineOptions.Section));
        services.AddOptions<NudgeOptions>().Bind(configuration.GetSection(NudgeOptions.Section));
        services.AddSingleton<TimeProvider>(clock);
        services.AddFollowBotCore();
        services.AddFollowBotFollowUpsCore();
        services.AddFollowBotStorage(configuration);
        services.AddFollowBotFollowUpStorage();
        services.RemoveAll<IChatPublisher>();
        services.AddSingleton<IChatPublisher>(publisher);
        return services.BuildServiceProvider();
    }
}
