using StaticSite.Tests.Harness;
using static StaticSite.Tests.BadInput.BadInputAssert;

namespace StaticSite.Tests.Output;

/// <summary>
/// The theme functions (docs/themes.md, "Functions") as templates call them. They are called
/// without reflection (the command line is a NativeAOT binary), so every kind of value they take
/// is tried here.
/// </summary>
public class TemplateFunctionTests
{
    [Fact]
    public void Json_writes_every_kind_of_template_value_in_order_and_safe_inside_a_script()
    {
        using var site = TestSite.Create(Sites.TwoRegions + """

            -- themes/default/layouts/organisation.html --
            <pre id="json">{{ json {text: "x</script>é\"", yes: true, no: false, none: null, whole: 42, big: 12345678901, half: 1.5, list: [1, "b", [null]], nested: {deep: {er: []}}, page: page.title} }}</pre>
            <pre id="text">{{ json page.title }}|{{ json 7 }}|{{ json null }}|{{ json [] }}</pre>
            """);
        var result = site.Build();
        Assert.True(result.ExitCode == 0, result.ToString());
        site.AssertFileContains("dist/utrecht/organisaties/leerplicht/index.html",
            """<pre id="json">{"text":"x\u003C/script\u003Eé\u0022","yes":true,"no":false,"none":null,"whole":42,"big":12345678901,"half":1.5,"list":[1,"b",[null]],"nested":{"deep":{"er":[]}},"page":"Leerplicht"}</pre>""",
            """<pre id="text">"Leerplicht"|7|null|[]</pre>""");
    }

    [Fact]
    public void Json_of_a_value_that_holds_itself_is_an_error_not_a_crash()
    {
        using var site = TestSite.Create(Sites.TwoRegions + """

            -- themes/default/layouts/organisation.html --
            {{ x = {name: "lus"}
            x.self = x }}
            <script>{{ json x }}</script>
            """);
        var before = site.Snapshot();
        FailedKeepingPrevious(site, site.Build(), before, "template_json_holds_itself");
    }

    [Fact]
    public void Text_function_given_nil_is_an_error_at_the_call_naming_the_function()
    {
        using var site = TestSite.Create(Sites.TwoRegions + """

            -- themes/default/layouts/organisation.html --
            <p>{{ page.title }}</p>
            <a href="{{ url null }}">x</a>
            """);
        var before = site.Snapshot();
        FailedKeepingPrevious(site, site.Build(), before, "template_function_nil_argument");
    }
}
