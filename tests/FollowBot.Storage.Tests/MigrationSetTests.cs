using FollowBot.Storage.Postgres;
using FollowBot.Storage.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;

namespace FollowBot.Storage.Tests;

/// <summary>
/// The two migration sets describe one model: same tables, columns, keys and indexes, whatever the column types.
/// Built by the design-time factories, so it runs without any server, as <c>dotnet ef migrations add</c> does.
/// </summary>
public sealed class MigrationSetTests
{
    private static readonly FollowBotDbContext Sqlite = new SqliteDesignTimeFactory().CreateDbContext([]);
    private static readonly FollowBotDbContext Postgres = new PostgresDesignTimeFactory().CreateDbContext([]);

    [Fact]
    public void Both_providers_have_the_same_tables_columns_keys_and_indexes()
    {
        Shape(Postgres).ShouldBe(Shape(Sqlite));
    }

    [Fact]
    public void Both_migration_sets_match_the_model()
    {
        Sqlite.Database.HasPendingModelChanges().ShouldBeFalse("run 'dotnet ef migrations add … --context SqliteFollowBotDbContext --output-dir Sqlite/Migrations'");
        Postgres.Database.HasPendingModelChanges().ShouldBeFalse("run 'dotnet ef migrations add … --context PostgresFollowBotDbContext --output-dir Postgres/Migrations'");
    }

    [Fact]
    public void Postgres_stores_instants_as_timestamptz()
    {
        var columns = Postgres.GetService<IDesignTimeModel>().Model.GetRelationalModel().Tables.SelectMany(t => t.Columns)
            .Where(c => c.PropertyMappings.Any(m => (Nullable.GetUnderlyingType(m.Property.ClrType) ?? m.Property.ClrType) == typeof(DateTimeOffset)))
            .ToList();

        columns.ShouldNotBeEmpty();
        columns.ShouldAllBe(c => c.StoreType == "timestamp with time zone");
    }

    private static List<string> Shape(FollowBotDbContext db)
    {
        var model = db.GetService<IDesignTimeModel>().Model.GetRelationalModel();
        return model.Tables.SelectMany(t =>
                t.Columns.Select(c => $"{t.Name}.{c.Name} null={c.IsNullable}")
                    .Concat(t.UniqueConstraints.Select(k => $"{t.Name} key({string.Join(",", k.Columns.Select(c => c.Name))})"))
                    .Concat(t.Indexes.Select(i => $"{t.Name} index({string.Join(",", i.Columns.Select(c => c.Name))}) unique={i.IsUnique}"))
                    .Concat(t.ForeignKeyConstraints.Select(f => $"{t.Name} fk({string.Join(",", f.Columns.Select(c => c.Name))})->{f.PrincipalTable.Name}")))
            .Order(StringComparer.Ordinal)
            .ToList();
    }
}
