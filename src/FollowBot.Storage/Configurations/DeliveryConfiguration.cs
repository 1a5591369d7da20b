using FollowBot.Storage.Rows;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FollowBot.Storage.Configurations;

internal sealed class DeliveryConfiguration : IEntityTypeConfiguration<Delivery>
{
    public void Configure(EntityTypeBuilder<Delivery> builder)
    {
        builder.ToTable("Deliveries");

        // The unique key is what makes dedupe race-safe: insert first, a violation means "already handled".
        builder.HasKey(d => d.Key);
        builder.HasIndex(d => d.At);
    }
}
