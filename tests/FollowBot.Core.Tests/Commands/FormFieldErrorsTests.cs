using FollowBot.Core.Commands;
using FollowBot.Core.Text;

namespace FollowBot.Core.Tests.Commands;

public sealed class FormFieldErrorsTests
{
    private static readonly TextCommandParser Parser = new(new CommandCatalog());
    private static readonly BindContext Bind = new(new DateOnly(2026, 12, 1), "CNY");

    private static IReadOnlyDictionary<string, string>? Attribute(string verb, Dictionary<string, string?> data) =>
        FormFieldErrors.Attribute(Parser.ParseAction(verb, data, Bind), data, Texts.English);

    [Fact]
    public void An_amount_the_parser_cannot_read_is_put_beside_the_amount_input()
    {
        var errors = Attribute("deal.create", new() { ["company"] = "Acme", ["value"] = "abc", ["grade"] = "A" });

        errors!.Keys.ShouldBe(["value"]);
        errors["value"].ShouldContain("abc");
    }

    [Fact]
    public void A_grade_error_goes_to_the_grade_input() =>
        Attribute("deal.update", new() { ["deal"] = "3", ["company"] = "Acme", ["grade"] = "Z" })!.Keys.ShouldBe(["grade"]);

    [Fact]
    public void An_empty_required_company_goes_to_the_company_input() =>
        Attribute("deal.update", new() { ["deal"] = "3", ["company"] = "" })!.Keys.ShouldBe(["company"]);

    [Fact]
    public void A_value_that_two_inputs_hold_is_not_guessed() =>
        Attribute("deal.create", new() { ["company"] = "abc", ["value"] = "abc" }).ShouldBeNull();

    [Fact]
    public void A_valid_form_has_no_field_errors() =>
        Attribute("deal.create", new() { ["company"] = "Acme", ["value"] = "5k" }).ShouldBeNull();
}
