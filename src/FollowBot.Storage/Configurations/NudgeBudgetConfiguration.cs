using FollowBot.Storage.Rows;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FollowBot.Storage.Configurations;

internal sealed class NudgeBudgetConfiguration : IEntityTypeConfiguration<NudgeBudget>
{
    public void Configure(EntityTypeBuilder<NudgeBudget> builder)
    {
        builder.ToTable("NudgeBudgets");
        builder.HasKey(b => new { b.MemberId, b.Day });
    }
}
