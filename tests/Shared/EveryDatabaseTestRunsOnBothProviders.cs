using System.Reflection;

namespace FollowBot.Testing;

/// <summary>Keeps the pattern of <see cref="DatabaseTest"/>: nobody adds a database test that runs on one provider by accident.</summary>
public sealed class EveryDatabaseTestRunsOnBothProviders
{
    private static readonly Type[] DatabaseTests = typeof(EveryDatabaseTestRunsOnBothProviders).Assembly.GetTypes()
        .Where(t => t.IsClass && typeof(DatabaseTest).IsAssignableFrom(t) && t.GetMethods().Any(IsTest))
        .ToArray();

    [Fact]
    public void Every_abstract_test_class_has_one_subclass_per_provider()
    {
        var missing = DatabaseTests
            .Where(t => t.IsAbstract)
            .Select(t => (Class: t, Providers: DatabaseTests.Where(c => !c.IsAbstract && c.BaseType == t).Select(ProviderOf).Order().ToArray()))
            .Where(x => !x.Providers.SequenceEqual(Enum.GetValues<TestProvider>()))
            .Select(x => $"{x.Class.Name}: {string.Join(", ", x.Providers)}");

        missing.ShouldBeEmpty("declare `public sealed class OnSqlite() : X(TestProvider.Sqlite);` and `OnPostgres` inside the class (see DatabaseTest)");
    }

    [Fact]
    public void A_single_provider_test_class_names_its_provider()
    {
        var unnamed = DatabaseTests
            .Where(t => !t.IsAbstract && t.BaseType != t.DeclaringType)
            .Where(t => !t.Name.StartsWith(ProviderOf(t).ToString(), StringComparison.Ordinal))
            .Select(t => t.Name);

        unnamed.ShouldBeEmpty("a class on one provider only is named for it (SqliteXxxTests / PostgresXxxTests); otherwise follow the pattern in DatabaseTest");
    }

    private static bool IsTest(MethodInfo method) => method.GetCustomAttributes<FactAttribute>(inherit: true).Any();

    private static TestProvider ProviderOf(Type concrete) => ((DatabaseTest)Activator.CreateInstance(concrete)!).Provider;
}
