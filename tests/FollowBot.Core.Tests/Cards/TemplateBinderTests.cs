using System.Text.Json.Nodes;
using FollowBot.Core.Cards.Templating;

namespace FollowBot.Core.Tests.Cards;

/// <summary>
/// One test per construct. The expected outputs are what adaptivecards-templating 2.3.1 produces for the same
/// input (checked by hand with the npm package; BinderConformanceTests checks many more against it live).
/// </summary>
public class TemplateBinderTests
{
    [Fact]
    public void Binds_a_dotted_path() =>
        Bind("""{"a":"${deal.company}"}""", """{"deal":{"company":"Acme"}}""").ShouldBe("""{"a":"Acme"}""");

    [Fact]
    public void Binds_an_index_inside_a_path() =>
        Bind("""{"a":"${items[1].name}","b":"${items[0]}"}""", """{"items":[{"name":"x"},{"name":"y"}]}""")
            .ShouldBe("""{"a":"y","b":{"name":"x"}}""");

    [Fact]
    public void Whole_value_expression_keeps_the_json_type() =>
        Bind("""{"n":"${n}","b":"${b}","o":"${o}","l":"${l}"}""", """{"n":12,"b":false,"o":{"x":1},"l":[1,"2"]}""")
            .ShouldBe("""{"n":12,"b":false,"o":{"x":1},"l":[1,"2"]}""");

    [Fact]
    public void Interpolation_makes_a_string() =>
        Bind("""{"a":"Deal #${number} — ${company} (${open})"}""", """{"number":12,"company":"Acme","open":true}""")
            .ShouldBe("""{"a":"Deal #12 — Acme (true)"}""");

    [Fact]
    public void Numbers_in_text_are_written_as_javascript_writes_them() =>
        Bind("""{"a":"${a}|${b}|${c}|${d}|${e}"}""", """{"a":5000.50,"b":1.0,"c":1e21,"d":0.0000001,"e":123456789012345678}""")
            .ShouldBe("""{"a":"5000.5|1|1e+21|1e-7|123456789012345680"}""");

    [Fact]
    public void A_lone_literal_expression_binds_as_text() =>
        Bind("""{"a":"${1.50}","b":"${true}","c":"${'x'}"}""", "{}").ShouldBe("""{"a":"1.5","b":"true","c":"x"}""");

    [Fact]
    public void A_missing_path_binds_to_its_own_expression_text() =>
        Bind("""{"a":"${missing.field}","b":"Hi ${name}!"}""", "{}").ShouldBe("""{"a":"${missing.field}","b":"Hi ${name}!"}""");

    [Fact]
    public void A_null_whole_value_is_kept_in_objects_and_dropped_from_arrays() =>
        Bind("""{"a":"${x}","l":["${x}",1]}""", """{"x":null}""").ShouldBe("""{"a":null,"l":[1]}""");

    [Fact]
    public void A_null_inside_text_fails_like_the_official_engine() =>
        Should.Throw<CardTemplateException>(() => Bind("""{"a":"Hi ${x}"}""", """{"x":null}"""))
            .Position.ShouldBe("$.a (line 1)");

    [Fact]
    public void Paths_match_property_names_case_insensitively() =>
        Bind("""{"a":"${Company}"}""", """{"company":"Acme"}""").ShouldBe("""{"a":"Acme"}""");

    [Theory]
    [InlineData("""{"Name":"first","name":"second"}""", "NAME", "first")] // the first key in order, as the official engine
    [InlineData("""{"name":"first","Name":"second"}""", "Name", "first")]
    [InlineData("""{"\u017Ftage":"long s","stage":"s"}""", "STAGE", "s")] // ſ lower-cases to itself: no match
    [InlineData("""{"\u212Aey":"kelvin","key":"k"}""", "key", "kelvin")] // the Kelvin sign lower-cases to k
    [InlineData("""{"stageName":"Quote"}""", "stagename", "Quote")]
    [InlineData("""{"stage":"x","stageName":"Quote"}""", "STAGENAME", "Quote")]
    public void A_path_takes_the_first_property_whose_lower_cased_name_matches(string data, string path, string expected) =>
        Bind("{\"a\":\"${" + path + "}\"}", data).ShouldBe("{\"a\":\"" + expected + "\"}");

    [Fact]
    public void Data_binds_an_object_as_the_element_context() =>
        Bind("""{"a":{"$data":"${deal}","n":"${number}","r":"${$root.top}"}}""", """{"deal":{"number":7},"top":"T"}""")
            .ShouldBe("""{"a":{"n":7,"r":"T"}}""");

    [Fact]
    public void Data_over_a_list_repeats_the_element_with_its_index() =>
        Bind("""{"l":[{"$data":"${xs}","i":"${$index}","v":"${name}"},{"end":true}]}""", """{"xs":[{"name":"a"},{"name":"b"}]}""")
            .ShouldBe("""{"l":[{"i":0,"v":"a"},{"i":1,"v":"b"},{"end":true}]}""");

    [Fact]
    public void Data_over_an_empty_list_removes_the_element() =>
        Bind("""{"l":[{"$data":"${xs}","v":1}],"o":{"$data":"${xs}","v":1}}""", """{"xs":[]}""").ShouldBe("""{"l":[],"o":null}""");

    [Fact]
    public void Labels_inside_a_repeated_element_need_root() =>
        Bind("""{"l":[{"$data":"${xs}","a":"${$root.t.open}","b":"${t.open}"}]}""", """{"t":{"open":"Open"},"xs":[{}]}""")
            .ShouldBe("""{"l":[{"a":"Open","b":"${t.open}"}]}""");

    [Fact]
    public void Index_outside_a_list_is_missing() =>
        Bind("""{"a":"${$index}"}""", "{}").ShouldBe("""{"a":"${$index}"}""");

    [Fact]
    public void When_false_drops_the_element() =>
        Bind("""{"l":[{"$when":"${open}","a":1},{"$when":"${!open}","b":2}],"o":{"$when":"${open}"}}""", """{"open":false}""")
            .ShouldBe("""{"l":[{"b":2}],"o":null}""");

    [Fact]
    public void When_keeps_only_a_real_true() =>
        Bind("""{"l":[{"$when":"${s}","a":1},{"$when":"${n}","b":2},{"$when":"${missing}","c":3}]}""", """{"s":"true","n":1}""")
            .ShouldBe("""{"l":[]}""");

    [Fact]
    public void When_is_evaluated_per_repeated_item() =>
        Bind("""{"l":[{"$data":"${xs}","$when":"${ok}","i":"${$index}"}]}""", """{"xs":[{"ok":true},{"ok":false},{"ok":true}]}""")
            .ShouldBe("""{"l":[{"i":0},{"i":2}]}""");

    [Fact]
    public void Operators_follow_the_official_precedence()
    {
        // == binds tighter than <, and ! tighter than ==, as in the ANTLR grammar.
        Bind("""{"a":"${!a == b}","b":"${a || b && c}","c":"${(a || b) && c}"}""", """{"a":"x","b":"y","c":false}""")
            .ShouldBe("""{"a":false,"b":true,"c":false}""");
    }

    [Fact]
    public void Comparisons_handle_numbers_strings_and_missing_values() =>
        Bind("""{"a":"${n > 1.5}","b":"${s < 'b'}","c":"${missing < 3}","d":"${n == 2.0}","e":"${s != 'a'}","f":"${n == '2'}"}""", """{"n":2,"s":"a"}""")
            .ShouldBe("""{"a":true,"b":true,"c":false,"d":true,"e":false,"f":false}""");

    [Fact]
    public void Not_treats_zero_and_empty_text_as_true_values() =>
        Bind("""{"a":"${!zero}","b":"${!blank}","c":"${!nothing}","d":"${!no}"}""", """{"zero":0,"blank":"","nothing":null,"no":false}""")
            .ShouldBe("""{"a":false,"b":false,"c":true,"d":true}""");

    [Fact]
    public void Count_exists_and_empty_work_on_lists_text_and_missing_values() =>
        Bind(
            """{"a":"${count(l)}","b":"${count(s)}","c":"${exists(z)}","d":"${exists(m)}","e":"${empty(l)}","f":"${empty('')}","g":"${empty(m)}","h":"${count(m) > 0}"}""",
            """{"l":[1,2,3],"s":"héllo","z":0}""")
            .ShouldBe("""{"a":3,"b":5,"c":true,"d":false,"e":false,"f":true,"g":true,"h":false}""");

    [Fact]
    public void A_failing_part_of_text_is_written_back_as_its_expression() =>
        Bind("""{"a":"x ${n < 'a'} ${l[5]}"}""", """{"n":1,"l":[0]}""").ShouldBe("""{"a":"x ${(n < 'a')} ${l[5]}"}""");

    [Fact]
    public void A_failing_whole_value_fails_the_binding()
    {
        var ex = Should.Throw<CardTemplateException>(() => Bind("{\n  \"a\": \"${l[5]}\"\n}", """{"l":[0]}"""));
        ex.FileName.ShouldBe("test.json");
        ex.Position.ShouldBe("$.a (line 2)");
    }

    [Fact]
    public void Strings_without_expressions_and_other_values_are_copied() =>
        Bind("""{"$schema":"s","a":"$5 {x}","n":1.5,"b":true,"z":null,"l":[[1,2],3]}""", "{}")
            .ShouldBe("""{"$schema":"s","a":"$5 {x}","n":1.5,"b":true,"z":null,"l":[1,2,3]}""");

    [Fact]
    public void Binding_does_not_change_the_data()
    {
        var data = JsonNode.Parse("""{"o":{"x":[1]}}""")!;
        var bound = CardTemplate.Parse("""{"a":"${o}"}""", "test.json").Bind(data);
        bound["a"]!["x"]!.AsArray().Add(2);
        data.ToJsonString().ShouldBe("""{"o":{"x":[1]}}""");
    }

    [Fact]
    public void Name_is_the_file_stem() =>
        CardTemplate.Parse("{}", "/app/cards/teams/deal-list.json").Name.ShouldBe("deal-list");

    private static string Bind(string template, string data) =>
        CardTemplate.Parse(template, "test.json").Bind(JsonNode.Parse(data)!).ToJsonString(
            new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
}
