using FollowBot.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FollowBot.Storage.Configurations;

internal sealed class DealConfiguration : IEntityTypeConfiguration<Deal>
{
    public void Configure(EntityTypeBuilder<Deal> builder)
    {
        builder.ToTable("Deals");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.HasOne<Workspace>().WithMany().HasForeignKey(d => d.WorkspaceId).OnDelete(DeleteBehavior.Restrict);

        // The domain bumps Version on every change; EF compares the loaded value in the UPDATE's WHERE clause.
        builder.Property(d => d.Version).IsConcurrencyToken();

        builder.HasIndex(d => new { d.WorkspaceId, d.Number }).IsUnique();

        // Hot paths: "mine" / "overdue" per owner or stage owner (in list order: deadline, then number, so a page is
        // the first rows of the index even when many deals share a deadline), and the sweeps over due deadlines and
        // reminders.
        builder.HasIndex(d => new { d.WorkspaceId, d.Status, d.OwnerId, d.StageDueAt, d.Number });
        builder.HasIndex(d => new { d.WorkspaceId, d.Status, d.StageOwnerId, d.StageDueAt, d.Number });
        builder.HasIndex(d => new { d.Status, d.StageDueAt });
        builder.HasIndex(d => new { d.Status, d.NextFollowUpAt });

        // Pipeline summary (IPipelineReport): the stage table (and a past period's reps) read this index alone, in
        // group order, for a whole workspace; the five most overdue walk the deadline index and stop; completion counts a ClosedAt range
        // (with the owner in the index, a team's share of it is read without touching the table).
        builder.HasIndex(d => new { d.WorkspaceId, d.Status, d.Stage, d.Currency, d.StageEnteredAt, d.StageDueAt, d.Amount, d.OwnerId })
            .HasDatabaseName("IX_Deals_Pipeline");
        builder.HasIndex(d => new { d.WorkspaceId, d.Status, d.StageDueAt }).HasDatabaseName("IX_Deals_Pipeline_Due");
        builder.HasIndex(d => new { d.WorkspaceId, d.ClosedAt, d.Status, d.OwnerId }).HasDatabaseName("IX_Deals_Pipeline_Closed");
    }
}
