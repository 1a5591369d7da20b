using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;

namespace FollowBot.Storage.Stores;

/// <summary>
/// A compiled query, compiled once per context type: EF binds a compiled query to the model it first ran against,
/// and SQLite and PostgreSQL have a model each (the tests run both in one process).
/// </summary>
internal sealed class PerModel<TQuery>(Func<TQuery> compile)
    where TQuery : class
{
    private readonly ConcurrentDictionary<Type, TQuery> _byContext = new();

    public TQuery For(DbContext db) => _byContext.GetOrAdd(db.GetType(), _ => compile());
}
