using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace FollowBot.Storage;

/// <summary>Answers the Host's health check: does the database answer right now?</summary>
public sealed class DatabaseProbe(FollowBotDbContext db)
{
    /// <summary>
    /// True when the database is there and its schema can be read; false (never an exception) otherwise.
    /// </summary>
    public async Task<bool> CanConnectAsync(CancellationToken cancellationToken)
    {
        try
        {
            // CanConnect alone only checks that a SQLite file exists (and asking first avoids creating an empty one);
            // the query proves the file opens and holds our schema.
            if (!await db.Database.CanConnectAsync(cancellationToken))
            {
                return false;
            }

            await db.Workspaces.AsNoTracking().OrderBy(w => w.Id).Select(w => w.Id).FirstOrDefaultAsync(cancellationToken);
            return true;
        }
        catch (Exception ex) when (ex is DbException or InvalidOperationException)
        {
            return false;
        }
    }
}
