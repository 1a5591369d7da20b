using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query.SqlExpressions;

namespace FollowBot.Storage;

public abstract partial class FollowBotDbContext
{
    private static readonly MethodInfo FoldMethod = typeof(FollowBotDbContext).GetMethod(nameof(Fold))!;

    /// <summary>
    /// Lower-cases text inside a query, for every script (Müller, ÉCOLE, Ωmega) and whatever the database's locale,
    /// so case-insensitive search behaves the same on every provider. Compare it with <c>ToLowerInvariant()</c> of the
    /// search text. Chinese has no case and passes through unchanged. Only for LINQ queries; it never runs in .NET.
    /// </summary>
    public static string Fold(string text) => throw new InvalidOperationException($"{nameof(Fold)} is translated to SQL; call it only inside a query.");

    /// <summary>
    /// The SQL for <see cref="Fold"/> on this provider. A static function: the model, and so the translation, is built
    /// once per context type and outlives the instance that built it.
    /// </summary>
    protected abstract Func<SqlExpression, SqlExpression> FoldSql { get; }

    private void MapFunctions(ModelBuilder modelBuilder)
    {
        var fold = FoldSql;
        modelBuilder.HasDbFunction(FoldMethod).HasTranslation(arguments => fold(arguments[0]));
    }

    /// <summary><c>lower(<paramref name="text"/>)</c>, typed like its argument.</summary>
    protected static SqlExpression Lower(SqlExpression text) =>
        new SqlFunctionExpression("lower", [text], nullable: true, argumentsPropagateNullability: [true], typeof(string), text.TypeMapping);
}
