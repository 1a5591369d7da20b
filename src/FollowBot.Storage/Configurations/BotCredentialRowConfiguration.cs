using FollowBot.Storage.Rows;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FollowBot.Storage.Configurations;

internal sealed class BotCredentialRowConfiguration : IEntityTypeConfiguration<BotCredentialRow>
{
    public void Configure(EntityTypeBuilder<BotCredentialRow> builder)
    {
        // Keyed by the workspace key rather than the workspace id: the credential exists before anyone has talked
        // to FollowBot there (install time), when there is no Workspace row yet.
        builder.ToTable("BotCredentials");
        builder.HasKey(c => c.WorkspaceKey);
        builder.Property(c => c.WorkspaceKey).HasMaxLength(200);
        builder.Property(c => c.Token).HasMaxLength(500);
        builder.Property(c => c.BotUserId).HasMaxLength(64);
        builder.Property(c => c.BotId).HasMaxLength(64);
    }
}
