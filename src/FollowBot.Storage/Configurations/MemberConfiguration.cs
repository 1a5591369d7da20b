using FollowBot.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FollowBot.Storage.Configurations;

internal sealed class MemberConfiguration : IEntityTypeConfiguration<Member>
{
    public void Configure(EntityTypeBuilder<Member> builder)
    {
        builder.ToTable("Members");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.HasOne<Workspace>().WithMany().HasForeignKey(m => m.WorkspaceId).OnDelete(DeleteBehavior.Restrict);

        // One row per channel user per workspace; the race between two first messages is settled by this index.
        builder.HasIndex(m => new { m.WorkspaceId, m.ExternalId }).IsUnique();
        builder.HasIndex(m => new { m.WorkspaceId, m.ManagerId });
    }
}
