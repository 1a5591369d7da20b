using FollowBot.Core.Domain;
using FollowBot.Core.Persistence;
using FollowBot.Storage.Conversions;
using FollowBot.Storage.Rows;
using Microsoft.EntityFrameworkCore;

namespace FollowBot.Storage;

/// <summary>
/// The provider-neutral model. Each provider derives its own context with its own migration set
/// ("multiple context types" in EF Core's <i>Migrations with Multiple Providers</i>), so adding one touches neither
/// Core nor this model.
/// </summary>
public abstract partial class FollowBotDbContext : DbContext
{
    // Non-generic options so that each provider's subclass can pass its own DbContextOptions<TSubclass>.
    protected FollowBotDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<Workspace> Workspaces => Set<Workspace>();
    public DbSet<Member> Members => Set<Member>();
    public DbSet<Deal> Deals => Set<Deal>();
    public DbSet<TimelineEntry> TimelineEntries => Set<TimelineEntry>();
    public DbSet<LoggedMessage> LoggedMessages => Set<LoggedMessage>();
    public DbSet<StageExit> StageExits => Set<StageExit>();
    internal DbSet<SlaSettingRow> SlaSettings => Set<SlaSettingRow>();
    internal DbSet<Delivery> Deliveries => Set<Delivery>();
    internal DbSet<ConversationRow> Conversations => Set<ConversationRow>();
    internal DbSet<BotCredentialRow> BotCredentials => Set<BotCredentialRow>();

    /// <summary>True when the save failed on a unique index or primary key (another request inserted first).</summary>
    public abstract bool IsUniqueViolation(DbUpdateException exception);

    /// <summary>
    /// Makes writers of one <paramref name="stream"/> (e.g. one workspace's message log) take turns until the current
    /// transaction ends, so ids they draw follow commit order. SQLite has one writer at a time already.
    /// </summary>
    public virtual Task SerializeWritersAsync(string stream, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Brings the database up to the newest migration; safe when several instances start at once.</summary>
    public virtual Task MigrateAsync(CancellationToken cancellationToken) => Database.MigrateAsync(cancellationToken);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(FollowBotDbContext).Assembly);
        MapFunctions(modelBuilder);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Strongly typed ids are Guids in every database; the convention also covers the nullable forms.
        configurationBuilder.Properties<WorkspaceId>().HaveConversion<WorkspaceIdConverter>();
        configurationBuilder.Properties<MemberId>().HaveConversion<MemberIdConverter>();
        configurationBuilder.Properties<DealId>().HaveConversion<DealIdConverter>();
    }
}
