using FollowBot.Core.Cards;
using FollowBot.Core.Cards.Templating;

namespace FollowBot.Core.Tests.Cards;

public class DirectoryCardTemplateSourceTests
{
    [Fact]
    public void Default_reads_the_cards_copied_next_to_the_app()
    {
        var source = DirectoryCardTemplateSource.Default("teams");

        source.FolderPath.ShouldBe(Path.Combine(AppContext.BaseDirectory, "cards", "teams"));
        source.CardIds.ShouldBe(CardId.All, ignoreOrder: true);
        source.Get(CardId.Deal).Name.ShouldBe("deal");
    }

    [Fact]
    public void A_broken_template_fails_construction_naming_the_file()
    {
        var folder = Directory.CreateTempSubdirectory("followbot-cards-");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "good.json"), """{"a":"${x}"}""");
            File.WriteAllText(Path.Combine(folder.FullName, "bad.json"), "{\n  \"a\": \"${upper(x)}\"\n}");

            var ex = Should.Throw<CardTemplateException>(() => new DirectoryCardTemplateSource(folder.FullName));

            ex.FileName.ShouldBe(Path.Combine(folder.FullName, "bad.json"));
            ex.Position.ShouldBe("$.a (line 2)");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_missing_folder_fails_construction() =>
        Should.Throw<DirectoryNotFoundException>(() => new DirectoryCardTemplateSource("/no/such/cards"));
}
