using System.Reflection;

namespace FollowBot.Storage.Tests;

internal static class SameState
{
    /// <summary>
    /// Compares every public readable property, so a field added to the domain later is checked without
    /// touching the round-trip tests. Instants must come back as the same instant, in UTC.
    /// </summary>
    public static void ShouldHaveSameStateAs<T>(this T actual, T expected)
        where T : class
    {
        foreach (var property in typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var a = property.GetValue(actual);
            var e = property.GetValue(expected);
            a.ShouldBe(e, $"{typeof(T).Name}.{property.Name}");
            if (a is DateTimeOffset instant)
            {
                instant.Offset.ShouldBe(TimeSpan.Zero, $"{typeof(T).Name}.{property.Name} comes back in UTC");
            }
        }
    }
}
