using System.Reflection;
using System.Text.RegularExpressions;
using GazettePress.Publishing.Templates;
using GazettePress.Publishing.Tests.Composition;
using Scriban.Runtime;

namespace GazettePress.Publishing.Tests.Templates;

/// <summary>
/// The templates see the model through explicit script objects (no reflection, for Native AOT):
/// every public property of every model class must be there under its snake_case name, so nothing
/// a template could use before is lost, and nothing is added by accident.
/// </summary>
public sealed class TemplateModelScriptTests
{
    [Fact]
    public void Every_model_property_is_a_script_key()
    {
        var issue = TestIssues.Small(documents: 2);
        var globals = issue.ToGlobals();
        Assert.Equal(new[] { "documents", "issue", "sections" }, globals.Keys.Order());

        var script = Obj(globals["issue"]);
        AssertKeys(typeof(IssueModel), script, except: ["PublishedDate"], extra: ["published_date"]);
        AssertKeys(typeof(GazetteModel), Obj(script["gazette"]));
        AssertKeys(typeof(CoverModel), Obj(script["cover"]));
        AssertKeys(typeof(BackCoverModel), Obj(script["back_cover"]));
        var section = Obj(Arr(globals["sections"])[0]);
        AssertKeys(typeof(SectionModel), section);
        var document = Obj(Arr(section["documents"])[0]);
        AssertKeys(typeof(DocumentModel), document);
        AssertKeys(typeof(QrModel), new QrModel().ToScriptObject());
        AssertKeys(typeof(AttachmentModel), new AttachmentModel().ToScriptObject());
        AssertKeys(typeof(LabelValue), new LabelValue().ToScriptObject());
        Assert.Same(document, Arr(globals["documents"])[0]);
    }

    [Fact]
    public void Values_are_the_models_and_page_numbers_are_read_at_each_render()
    {
        var issue = TestIssues.Small(documents: 1);
        var model = issue.Documents.First();
        model.Page = "7";
        var document = Obj(Arr(issue.ToGlobals()["documents"])[0]);
        Assert.Equal("7", document["page"]);
        Assert.Equal(model.Anchor, document["anchor"]);
        Assert.Equal(model.TitleLines, Arr(document["title_lines"]).Cast<string>());
        model.Page = "9";
        Assert.Equal("9", (Obj(Arr(issue.ToGlobals()["documents"])[0]))["page"]);
    }

    private static ScriptObject Obj(object? value) => Assert.IsType<ScriptObject>(value);
    private static ScriptArray Arr(object? value) => Assert.IsType<ScriptArray>(value);

    private static void AssertKeys(Type type, ScriptObject script, string[]? except = null, string[]? extra = null)
    {
        var expected = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Select(p => p.Name).Except(except ?? []).Select(SnakeCase).Concat(extra ?? []).Order(StringComparer.Ordinal);
        Assert.Equal(expected, script.Keys.Order(StringComparer.Ordinal));
    }

    private static string SnakeCase(string name) => Regex.Replace(name, "(?<=[a-z0-9])([A-Z])", "_$1").ToLowerInvariant();
}
