using FollowBot.Core.Domain;
using FollowBot.Core.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FollowBot.Storage.Configurations;

internal sealed class LoggedMessageConfiguration : IEntityTypeConfiguration<LoggedMessage>
{
    public void Configure(EntityTypeBuilder<LoggedMessage> builder)
    {
        builder.ToTable("LoggedMessages");

        // Readers page with "id > cursor", so ids must only grow: the database assigns them (AUTOINCREMENT on SQLite
        // also never reuses the id of a deleted last row).
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedOnAdd();
        builder.Property(m => m.Workspace).HasColumnName("WorkspaceId");
        builder.Property(m => m.Member).HasColumnName("MemberId");
        builder.HasOne<Workspace>().WithMany().HasForeignKey(m => m.Workspace).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(m => new { m.Workspace, m.Member, m.Id });
    }
}
