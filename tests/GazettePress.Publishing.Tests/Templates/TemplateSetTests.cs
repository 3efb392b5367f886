using GazettePress.Diagnostics;
using GazettePress.Publishing.Composition;
using GazettePress.Publishing.Templates;
using GazettePress.Publishing.Tests.Composition;

namespace GazettePress.Publishing.Tests.Templates;

public class TemplateSetTests
{
    private static string Edit(string file, Func<string, string> change)
    {
        var dir = TestIssues.CopyTemplates();
        var path = Path.Combine(dir, file);
        File.WriteAllText(path, change(File.ReadAllText(path)));
        return dir;
    }

    private static DiagnosticBag RenderAndParse(string dir)
    {
        var bag = new DiagnosticBag();
        var set = TemplateSet.Load(dir, bag);
        if (set is null) return bag;
        var xhtml = set.Render(TestIssues.Small(1, 1), bag);
        if (xhtml is not null) XhtmlParser.ParseFragment(xhtml, set.Style.KnownClasses, bag);
        return bag;
    }

    private static int LineOf(string dir, string file, string needle) =>
        File.ReadAllLines(Path.Combine(dir, file)).Select((l, i) => (l, i)).First(x => x.l.Contains(needle)).i + 1;

    [Fact]
    public void Shipped_templates_render_to_valid_xhtml()
    {
        var bag = RenderAndParse(TestIssues.TemplatesDirectory);
        Assert.Empty(bag.Items);
    }

    [Fact]
    public void Scriban_syntax_error_names_template_file_and_line()
    {
        var dir = Edit("toc.xhtml.sbn", t => t.Replace("{{~ for document in section.documents ~}}", "{{~ for document in section.documents"));
        var items = RenderAndParse(dir).Items;
        Assert.All(items, x => Assert.Equal("GP2003", x.Code));
        var line = LineOf(dir, "toc.xhtml.sbn", "for document in section.documents");
        Assert.Contains(items, d => d.Location.File.EndsWith("/toc.xhtml.sbn") && d.Location.Line == line && d.Location.Column > 1);
    }

    [Fact]
    public void Unknown_variable_names_template_file_and_line()
    {
        var dir = Edit("document.xhtml.sbn", t => t.Replace("{{ document.doc_number | html.escape }}", "{{ document.doc_numbr | html.escape }}"));
        var d = Assert.Single(RenderAndParse(dir).Items);
        Assert.Equal("GP2002", d.Code);
        Assert.EndsWith("/document.xhtml.sbn", d.Location.File);
        Assert.Equal(LineOf(dir, "document.xhtml.sbn", "doc_numbr"), d.Location.Line);
    }

    [Fact]
    public void Unknown_element_and_class_name_the_template_line()
    {
        var dir = Edit("colophon.xhtml.sbn", t => t.Replace("<p class=\"colophon-title\">", "<blink class=\"colophon-titel\">").Replace("</p>\n    <p class=\"colophon-issue\">", "</blink>\n    <p class=\"colophon-issue\">"));
        var items = RenderAndParse(dir).Items;
        var line = LineOf(dir, "colophon.xhtml.sbn", "<blink");
        var element = Assert.Single(items, x => x.Code == "GP2021");
        var cls = Assert.Single(items, x => x.Code == "GP2022");
        Assert.Equal(line, element.Location.Line);
        Assert.Equal(line, cls.Location.Line);
        Assert.EndsWith("/colophon.xhtml.sbn", cls.Location.File);
        Assert.Contains("colophon-title", cls.Render(GazettePress.Diagnostics.Language.English).Hint);
        Assert.Contains("blink", element.Render(GazettePress.Diagnostics.Language.Chinese).Message);
    }

    [Fact]
    public void Markers_keep_line_numbers_and_never_enter_tags()
    {
        var text = "<p\n class=\"x\">a\n{{ if y\n }}b{{ end }}\nc</p>\n";
        var marked = TemplateSet.InsertLineMarkers(text, "t.sbn");
        Assert.Equal(text.Split('\n').Length, marked.Split('\n').Length);
        Assert.Contains("<!--@src t.sbn:1--><p\n class", marked);
        Assert.Contains("\n<!--@src t.sbn:3-->{{ if y\n }}", marked);
        Assert.DoesNotContain("t.sbn:4", marked);
    }
}
