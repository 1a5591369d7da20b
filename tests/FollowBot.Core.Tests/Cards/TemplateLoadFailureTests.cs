using FollowBot.Core.Cards.Templating;

namespace FollowBot.Core.Tests.Cards;

public class TemplateLoadFailureTests
{
    [Theory]
    [InlineData("""{"a":"${concat(a, b)}"}""", "Unknown function 'concat'")]
    [InlineData("""{"a":"${Count(xs)}"}""", "Unknown function 'Count'")]
    [InlineData("""{"a":"${$host.user}"}""", "$host is not supported")]
    [InlineData("""{"a":"${$ROOT.x}"}""", "use $root, $data or $index")]
    [InlineData("""{"a":"${a + 1}"}""", "'+' is not supported")]
    [InlineData("""{"a":"${a ? b : c}"}""", "'?' is not supported")]
    [InlineData("""{"a":"${a ?? b}"}""", "'?' is not supported")]
    [InlineData("""{"a":"${a <> b}"}""", "use '!='")]
    [InlineData("""{"a":"${a['b']}"}""", "whole-number indexes")]
    [InlineData("""{"a":"${a[1.5]}"}""", "whole-number indexes")]
    [InlineData("""{"a":"${x == null}"}""", "'null' is not supported")]
    [InlineData("""{"a":"${count(1)}"}""", "count() needs a path")]
    [InlineData("""{"a":"${count(a, b)}"}""", "takes exactly one argument")]
    [InlineData("""{"a":"${exists()}"}""", "Unexpected ')'")]
    [InlineData("""{"a":"${a.b(1)}"}""", "Only count, exists and empty can be called")]
    [InlineData("""{"a":"${a b}"}""", "Unexpected 'b'")]
    [InlineData("""{"a":"${(a}"}""", "Expected ')'")]
    [InlineData("""{"a":"${'it\\'s'}"}""", "'\\' is not supported")]
    [InlineData("""{"a":"x ${a"}""", "Unterminated ${")]
    [InlineData("""{"a":"x ${}"}""", "Empty ${}")]
    [InlineData("""{"a":"${{a:1}}"}""", "'{' is not allowed")]
    [InlineData("""{"a":"`${a}`"}""", "'`' is not supported")]
    [InlineData("""{"a":"${'abc}"}""", "Unterminated string literal")]
    [InlineData("""{"a":"${名字}"}""", "'名' is not supported")]
    public void Unsupported_expression_fails_at_load_naming_file_and_position(string template, string problem)
    {
        var ex = Should.Throw<CardTemplateException>(() => CardTemplate.Parse(template, "cards/teams/deal.json"));
        ex.FileName.ShouldBe("cards/teams/deal.json");
        ex.Position.ShouldBe("$.a (line 1)");
        ex.Message.ShouldContain(problem);
        ex.Message.ShouldStartWith("cards/teams/deal.json at $.a (line 1): ");
    }

    [Fact]
    public void Position_gives_the_json_path_and_line_of_a_nested_value()
    {
        const string template = """
            {
              "type": "AdaptiveCard",
              "body": [
                { "type": "TextBlock", "text": "${title}" },
                {
                  "type": "Container",
                  "items": [ { "type": "TextBlock", "text": "${formatNumber(amount, 2)}" } ]
                }
              ]
            }
            """;
        var ex = Should.Throw<CardTemplateException>(() => CardTemplate.Parse(template, "deal.json"));
        ex.Position.ShouldBe("$.body[1].items[0].text (line 7)");
        ex.Message.ShouldContain("column 3 of \"${formatNumber(amount, 2)}\"");
    }

    [Theory]
    [InlineData("""{"$host":{}}""", "$['$host']", "not supported")]
    [InlineData("""{"a":{"$root":1}}""", "$.a['$root']", "not supported")]
    [InlineData("""{"a":{"$index":1}}""", "$.a['$index']", "not supported")]
    [InlineData("""{"a":{"${x}":1}}""", "$.a['${x}']", "not supported")]
    [InlineData("""{"a":{"$when":"true"}}""", "$.a['$when']", "must be a single expression")]
    [InlineData("""{"a":{"$when":"${true}"}}""", "$.a['$when']", "must be a single expression")]
    [InlineData("""{"a":{"$when":"${a} ${b}"}}""", "$.a['$when']", "must be a single expression")]
    [InlineData("""{"a":{"$data":[1,2]}}""", "$.a['$data']", "must be a single expression")]
    [InlineData("""{"a":1,"a":2}""", "$.a", "Duplicate property 'a'")]
    [InlineData("""{"$when":"${x}"}""", "$", "not supported on the root object")]
    [InlineData("""[1]""", "$", "must be a JSON object")]
    public void Unsupported_template_structure_fails_at_load(string template, string path, string problem)
    {
        var ex = Should.Throw<CardTemplateException>(() => CardTemplate.Parse(template, "x.json"));
        ex.Position.ShouldBe($"{path} (line 1)");
        ex.Message.ShouldContain(problem);
    }

    [Fact]
    public void Invalid_json_fails_with_its_line()
    {
        var ex = Should.Throw<CardTemplateException>(() => CardTemplate.Parse("{\n  \"a\": 1,\n  \"b\": \n}", "broken.json"));
        ex.FileName.ShouldBe("broken.json");
        ex.Position.ShouldStartWith("line 4");
        ex.Message.ShouldContain("Invalid JSON");
    }
}
