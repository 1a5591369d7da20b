using FollowBot.Core;
using FollowBot.Core.Options;
using FollowBot.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FollowBot.Bench.Shared;

/// <summary>FollowBot's Core and Storage as the Host wires them, over one SQLite file, on the benchmark's clock.</summary>
internal static class CoreOnSqlite
{
    public static ServiceProvider Build(string connectionString, TimeProvider clock)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:FollowBot"] = connectionString,
            ["FollowBot:Reports:SigningKey"] = "benchmark-signing-key-benchmark-signing-key",
            ["FollowBot:Reports:PublicBaseUrl"] = "https://followbot.example.com",
        }).Build();
        var services = new ServiceCollection().AddLogging().AddSingleton(clock);
        services.AddOptions<FollowBotOptions>().Bind(configuration.GetSection(FollowBotOptions.Section));
        services.AddOptions<CalendarOptions>().Bind(configuration.GetSection(CalendarOptions.Section));
        services.AddOptions<PipelineOptions>().Bind(configuration.GetSection(PipelineOptions.Section));
        services.AddOptions<ReportsOptions>().Bind(configuration.GetSection(ReportsOptions.Section));
        services.AddFollowBotCore().AddFollowBotStorage(configuration);
        return services.BuildServiceProvider();
    }
}
