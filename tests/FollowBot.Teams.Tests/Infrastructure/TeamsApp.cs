using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using FollowBot.Core.Conversations;
using FollowBot.Core.Domain;
using FollowBot.Core.Persistence;
using FollowBot.Teams.Auth;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace FollowBot.Teams.Tests.Infrastructure;

/// <summary>
/// FollowBot as it runs (Program.cs), over a real SQLite file with a fake clock, talking to a <see cref="ConnectorStub"/>.
/// Development without an app id by default (anonymous, as the Playground expects); pass settings for auth.
/// </summary>
public sealed class TeamsApp : WebApplicationFactory<Program>
{
    /// <summary>Tuesday 2026-12-01 10:00 in Shanghai: inside working hours.</summary>
    public static readonly DateTimeOffset Start = new(2026, 12, 1, 2, 0, 0, TimeSpan.Zero);

    private readonly Dictionary<string, string?> _settings;
    private readonly string _environment;

    public TeamsApp(Dictionary<string, string?>? settings = null, string environment = "Development", TimeProvider? clock = null)
    {
        _settings = new Dictionary<string, string?>
        {
            // Scenario tests send more than 7 messages per fake second; the throttle has tests of its own.
            ["Teams:MessagesPerSecondPerConversation"] = "50",
        };
        foreach (var (key, value) in settings ?? [])
        {
            _settings[key] = value;
        }

        _environment = environment;
        Clock = clock ?? new FakeTimeProvider(Start);
    }

    public string DatabasePath { get; } = Path.Combine(Path.GetTempPath(), $"followbot-teams-{Guid.NewGuid():N}.db");

    public TimeProvider Clock { get; }

    public DateTimeOffset Now => Clock.GetUtcNow();

    /// <summary>What the bot presents to the connector when auth is on (MSAL cannot reach a local http authority).</summary>
    public const string OutboundToken = "outbound-test-token";

    public bool FixedOutboundToken { get; init; }

    public Action<IServiceCollection>? ExtraServices { get; init; }

    /// <summary>Serves FollowBot on a real socket (127.0.0.1, a free port) for clients outside the process; returns its base URL.</summary>
    public string StartOnLoopback()
    {
        UseKestrel(o => o.Listen(System.Net.IPAddress.Loopback, 0));
        StartServer();
        return Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>()
            .Features.Get<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>()!.Addresses.Single();
    }

    /// <summary>POSTs an activity to /api/messages, with <c>Authorization: Bearer token</c> or a raw header.</summary>
    public async Task<HttpResponseMessage> PostActivityAsync(JsonNode activity, string? token = null, string? rawAuthorization = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        else if (rawAuthorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", rawAuthorization);
        }

        var response = await CreateClient().SendAsync(request);
        if (response.Content.Headers.ContentType?.MediaType == "application/json"
            && JsonNode.Parse(await response.Content.ReadAsStringAsync()) is { } body
            && (string?)body["type"] == "application/vnd.microsoft.card.adaptive")
        {
            AllSentCards.Add("invoke answer", body["value"]!);
        }

        return response;
    }

    /// <summary>The stored Teams reference of the member with this external id in this tenant, or null.</summary>
    public async Task<ConversationRef?> ReferenceAsync(string tenantId, string externalId)
    {
        using var scope = Services.CreateScope();
        var workspace = await scope.ServiceProvider.GetRequiredService<IWorkspaceStore>().FindByKeyAsync("teams:" + tenantId, default);
        if (workspace is null)
        {
            return null;
        }

        var member = await scope.ServiceProvider.GetRequiredService<IMemberStore>().FindByExternalIdAsync(workspace.Id, externalId, default);
        return member is null ? null : await scope.ServiceProvider.GetRequiredService<IConversationStore>().FindAsync(workspace.Id, member.Id, "teams", default);
    }

    public async Task<Deal> DealAsync(string tenantId, int number)
    {
        using var scope = Services.CreateScope();
        var workspace = await scope.ServiceProvider.GetRequiredService<IWorkspaceStore>().FindByKeyAsync("teams:" + tenantId, default);
        return (await scope.ServiceProvider.GetRequiredService<IDealStore>().GetByNumberAsync(workspace!.Id, number, default))!;
    }

    public async Task<Member?> MemberAsync(string tenantId, string externalId)
    {
        using var scope = Services.CreateScope();
        var workspace = await scope.ServiceProvider.GetRequiredService<IWorkspaceStore>().FindByKeyAsync("teams:" + tenantId, default);
        return workspace is null ? null : await scope.ServiceProvider.GetRequiredService<IMemberStore>().FindByExternalIdAsync(workspace.Id, externalId, default);
    }

    /// <summary>Rows in every FollowBot table (not the migrations history): zero means nothing was stored.</summary>
    public long StoredRows()
    {
        using var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        connection.Open();
        using var tables = connection.CreateCommand();
        tables.CommandText = "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' AND name <> '__EFMigrationsHistory'";
        var names = new List<string>();
        using (var reader = tables.ExecuteReader())
        {
            while (reader.Read())
            {
                names.Add(reader.GetString(0));
            }
        }

        names.ShouldNotBeEmpty();
        long rows = 0;
        foreach (var name in names)
        {
            using var count = connection.CreateCommand();
            count.CommandText = $"SELECT COUNT(*) FROM \"{name}\"";
            rows += (long)count.ExecuteScalar()!;
        }

        return rows;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(_environment);
        builder.UseSetting("ConnectionStrings:FollowBot", $"Data Source={DatabasePath}");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton(Clock);
            if (FixedOutboundToken)
            {
                services.RemoveAll<IBotTokenProvider>();
                services.AddSingleton<IBotTokenProvider>(new FixedTokenProvider(OutboundToken));
            }

            ExtraServices?.Invoke(services);
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(DatabasePath + suffix);
        }
    }
}

/// <summary>Always the same bearer token; counts forced refreshes.</summary>
public sealed class FixedTokenProvider(string token) : IBotTokenProvider
{
    public int ForcedRefreshes;

    public Task<string?> GetTokenAsync(bool forceRefresh, CancellationToken cancellationToken)
    {
        if (forceRefresh)
        {
            Interlocked.Increment(ref ForcedRefreshes);
        }

        return Task.FromResult<string?>(token);
    }
}
