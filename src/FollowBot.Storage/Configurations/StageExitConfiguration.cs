using FollowBot.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FollowBot.Storage.Configurations;

internal sealed class StageExitConfiguration : IEntityTypeConfiguration<StageExit>
{
    public void Configure(EntityTypeBuilder<StageExit> builder)
    {
        builder.ToTable("StageExits");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Ignore(e => e.OnTime);
        builder.HasOne<Deal>().WithMany().HasForeignKey(e => e.DealId).OnDelete(DeleteBehavior.Restrict);

        // On-time rate: exits of one workspace in a period. A past period's stage table, reps and most overdue:
        // exits after its end (ExitedAt > as-of) that had entered before it. The rest of the columns make all of
        // them index-only (a past month of a million deals reads ~100k exits; table lookups would triple the time).
        builder.HasIndex(e => new { e.WorkspaceId, e.ExitedAt, e.EnteredAt, e.DueAt, e.OwnerId, e.StageOwnerId, e.Stage, e.Currency, e.Amount, e.DealId })
            .HasDatabaseName("IX_StageExits_Pipeline");

        // A team's exits: one short range per member, as owner or as stage owner (SQLite's multi-index OR).
        builder.HasIndex(e => new { e.WorkspaceId, e.OwnerId, e.ExitedAt, e.DueAt });
        builder.HasIndex(e => new { e.WorkspaceId, e.StageOwnerId, e.ExitedAt, e.DueAt });
        builder.HasIndex(e => e.DealId);
    }
}
