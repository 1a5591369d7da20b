using FollowBot.Core.Domain;
using FollowBot.Core.FollowUps;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FollowBot.Storage.Configurations;

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable("FollowUpOutbox");
        builder.HasKey(o => o.Key);
        builder.Property(o => o.Key).HasMaxLength(200);
        builder.Property(o => o.Stage).HasMaxLength(64);
        builder.Property(o => o.Rung).HasMaxLength(16);
        builder.Property(o => o.ClaimedBy).HasMaxLength(200);
        builder.Property(o => o.Channel).HasMaxLength(32);
        builder.Property(o => o.MessageId).HasMaxLength(400);
        builder.Property(o => o.LastError).HasMaxLength(1000);
        builder.HasOne<Workspace>().WithMany().HasForeignKey(o => o.WorkspaceId).OnDelete(DeleteBehavior.Restrict);

        // Exactly once (product §6): one row per (deal, stage, rung, deadline), inserted before anything is sent.
        builder.HasIndex(o => new { o.DealId, o.Stage, o.Rung, o.Deadline }).IsUnique();

        // The claim: pending rows by time; the claimant reads back what it took; digests and admins read settled rows.
        builder.HasIndex(o => new { o.Status, o.NotBefore });
        builder.HasIndex(o => o.ClaimedBy);
        builder.HasIndex(o => new { o.RecipientId, o.Status, o.SettledAt });
        builder.HasIndex(o => new { o.WorkspaceId, o.Status, o.SettledAt });
        builder.HasIndex(o => new { o.WorkspaceId, o.Rung, o.Deadline });
    }
}
