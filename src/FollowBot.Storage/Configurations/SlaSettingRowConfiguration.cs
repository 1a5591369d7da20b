using FollowBot.Core.Domain;
using FollowBot.Storage.Rows;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FollowBot.Storage.Configurations;

internal sealed class SlaSettingRowConfiguration : IEntityTypeConfiguration<SlaSettingRow>
{
    public void Configure(EntityTypeBuilder<SlaSettingRow> builder)
    {
        builder.ToTable("SlaSettings");

        // The key is the uniqueness rule itself: one deadline per stage and grade (or "all grades") per workspace.
        builder.HasKey(s => new { s.WorkspaceId, s.Stage, s.GradeKey });
        builder.Property(s => s.GradeKey).HasColumnName("Grade");
        builder.HasOne<Workspace>().WithMany().HasForeignKey(s => s.WorkspaceId).OnDelete(DeleteBehavior.Restrict);
    }
}
