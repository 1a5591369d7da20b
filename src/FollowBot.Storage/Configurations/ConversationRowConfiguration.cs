using FollowBot.Core.Domain;
using FollowBot.Storage.Rows;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FollowBot.Storage.Configurations;

internal sealed class ConversationRowConfiguration : IEntityTypeConfiguration<ConversationRow>
{
    public void Configure(EntityTypeBuilder<ConversationRow> builder)
    {
        builder.ToTable("Conversations");
        builder.HasKey(c => new { c.WorkspaceId, c.MemberId, c.Channel });
        builder.Property(c => c.Channel).HasMaxLength(32);
        builder.Property(c => c.Address).HasMaxLength(4000);
        builder.HasOne<Workspace>().WithMany().HasForeignKey(c => c.WorkspaceId).OnDelete(DeleteBehavior.Restrict);
    }
}
