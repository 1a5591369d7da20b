using System.Globalization;

namespace FollowBot.Bench.Channels;

/// <summary>bench/run.sh's choices, overridable on the command line (--name value).</summary>
internal sealed record Settings
{
    public required string FollowBotDll { get; init; }
    public required string CeilingDll { get; init; }
    public required string NodeDir { get; init; }
    public required string Script { get; init; }
    public required string Output { get; init; }
    public TimeSpan Warmup { get; init; } = TimeSpan.FromSeconds(5);
    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(15);
    public int Connections { get; init; } = 64;
    public int PacedRate { get; init; } = 200;
    public int PacedConnections { get; init; } = 10;
    public int SlackDeals { get; init; } = 1000;
    public int TeamsMembers { get; init; } = 2000;
    public int Cores { get; init; } = Environment.ProcessorCount;
    public string? ServerCpus { get; init; }
    public string? LoadCpus { get; init; }
    public int LoadThreads { get; init; } = 1;

    /// <summary>Measure only these targets (comma-separated: followbot-slack, followbot-teams, bolt, botbuilder, ceiling, floor); all when empty.</summary>
    public string Only { get; init; } = "";

    /// <summary>How many cores the servers may use: those of <see cref="ServerCpus"/> (taskset's list, "0-1,3"), else all.</summary>
    public int ServerCoreCount => ServerCpus is null
        ? Cores
        : ServerCpus.Split(',').Sum(part => part.Split('-') is [var first, var last]
            ? int.Parse(last, CultureInfo.InvariantCulture) - int.Parse(first, CultureInfo.InvariantCulture) + 1
            : 1);

    public bool Runs(string target) => Only.Length == 0 || Only.Split(',').Contains(target, StringComparer.Ordinal);

    public static Settings Parse(string[] args)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            map[args[i].TrimStart('-')] = args[i + 1];
        }

        string Need(string key) => map.TryGetValue(key, out var v) ? Path.GetFullPath(v) : throw new ArgumentException($"--{key} is required");
        int Int(string key, int fallback) => map.TryGetValue(key, out var v) ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
        return new Settings
        {
            FollowBotDll = Need("followbot"),
            CeilingDll = Need("ceiling"),
            NodeDir = Need("node"),
            Script = Need("script"),
            Output = Need("out"),
            Warmup = TimeSpan.FromSeconds(Int("warmup", 5)),
            Duration = TimeSpan.FromSeconds(Int("duration", 15)),
            Connections = Int("connections", 64),
            PacedRate = Int("rate", 200),
            SlackDeals = Int("deals", 1000),
            TeamsMembers = Int("members", 2000),
            Cores = Int("cores", Environment.ProcessorCount),
            ServerCpus = map.GetValueOrDefault("server-cpus"),
            LoadCpus = map.GetValueOrDefault("load-cpus"),
            LoadThreads = Int("load-threads", 1),
            Only = map.GetValueOrDefault("only") ?? "",
        };
    }
}
