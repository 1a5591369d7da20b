using FollowBot.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FollowBot.Storage.Configurations;

/// <summary>The follow-up planner's own index on deals (kept apart from DealConfiguration, which others edit).</summary>
internal sealed class DealFollowUpIndexConfiguration : IEntityTypeConfiguration<Deal>
{
    // Deals snoozed past the limit are found every sweep without scanning all open deals.
    public void Configure(EntityTypeBuilder<Deal> builder) => builder.HasIndex(d => new { d.Status, d.SnoozeCount });
}
