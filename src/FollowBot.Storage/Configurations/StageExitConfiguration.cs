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

        // On-time rate: exits of one workspace in a period. A past period's stage table: exits after its end
        // (ExitedAt > as-of) that had entered before it; the rest of the columns make both index-only.
        builder.HasIndex(e => new { e.WorkspaceId, e.ExitedAt, e.EnteredAt, e.DueAt, e.OwnerId, e.StageOwnerId });
        builder.HasIndex(e => e.DealId);
    }
}
