using FollowBot.Core.Domain;
using FollowBot.Core.Persistence;
using FollowBot.Storage.Rows;
using Microsoft.EntityFrameworkCore;

namespace FollowBot.Storage.Stores;

internal sealed class SlaStore(FollowBotDbContext db) : ISlaStore
{
    public async Task<IReadOnlyList<SlaSetting>> ListAsync(WorkspaceId workspace, CancellationToken cancellationToken)
    {
        var settings = new List<SlaSetting>();
        await foreach (var row in Lookups.SlaRows.For(db)(db, workspace).WithCancellation(cancellationToken))
        {
            settings.Add(row.ToSetting());
        }

        return settings;
    }

    public async Task SetAsync(WorkspaceId workspace, SlaSetting setting, CancellationToken cancellationToken)
    {
        // Stage keys match case-insensitively everywhere (Pipeline), so "Lead" and "lead" must be one row here too.
        var row = new SlaSettingRow
        {
            WorkspaceId = workspace,
            Stage = setting.Stage.Trim().ToLowerInvariant(),
            GradeKey = SlaSettingRow.KeyOf(setting.Grade),
            SlaDays = setting.Sla.Days,
            SlaTimeTicks = setting.Sla.Time.Ticks,
        };

        // Update in place; insert when there is nothing to update; if two admins insert at once, the loser updates.
        if (await UpdateAsync(row, cancellationToken) > 0)
        {
            return;
        }

        db.SlaSettings.Add(row);
        if (!await db.TrySaveNewAsync(row, cancellationToken))
        {
            await UpdateAsync(row, cancellationToken);
        }
    }

    private Task<int> UpdateAsync(SlaSettingRow row, CancellationToken cancellationToken) =>
        db.SlaSettings
            .Where(s => s.WorkspaceId == row.WorkspaceId && s.Stage == row.Stage && s.GradeKey == row.GradeKey)
            .ExecuteUpdateAsync(
                set => set.SetProperty(s => s.SlaDays, row.SlaDays).SetProperty(s => s.SlaTimeTicks, row.SlaTimeTicks),
                cancellationToken);
}
