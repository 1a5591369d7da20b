using FollowBot.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FollowBot.Storage.Configurations;

internal sealed class TimelineEntryConfiguration : IEntityTypeConfiguration<TimelineEntry>
{
    /// <summary>
    /// Position of an entry within the save that wrote it. Entries of one command share the same instant, and
    /// version-7 Guids are random within a millisecond, so without it "created" and "field changed" could swap.
    /// </summary>
    public const string Sequence = "Seq";

    public void Configure(EntityTypeBuilder<TimelineEntry> builder)
    {
        builder.ToTable("TimelineEntries");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property<int>(Sequence);
        builder.HasOne<Deal>().WithMany().HasForeignKey(t => t.DealId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(nameof(TimelineEntry.DealId), nameof(TimelineEntry.At), Sequence);
    }
}
