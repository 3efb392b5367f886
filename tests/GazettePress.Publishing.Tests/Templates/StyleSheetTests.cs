using GazettePress.Diagnostics;
using GazettePress.Publishing.Composition;
using GazettePress.Publishing.Tests.Composition;
using GazettePress.Publishing.Templates;

namespace GazettePress.Publishing.Tests.Templates;

public class StyleSheetTests
{
    private static (StyleSheet Sheet, DiagnosticBag Diagnostics) Parse(string css)
    {
        var bag = new DiagnosticBag();
        return (StyleSheet.Parse(css, "templates/print.css", bag), bag);
    }

    [Fact]
    public void The_shipped_style_file_parses_cleanly()
    {
        var bag = new DiagnosticBag();
        StyleSheet.Parse(File.ReadAllText(Path.Combine(Composition.TestIssues.TemplatesDirectory, "print.css")), "templates/print.css", bag);
        Assert.Empty(bag.Items);
    }

    [Fact]
    public void Unknown_property_is_reported_with_line_and_a_suggestion()
    {
        var (_, bag) = Parse("p {\n  text-indent: 2em;\n  font-szie: 五号;\n}\n");
        var d = Assert.Single(bag.Items);
        Assert.Equal("GP2007", d.Code);
        Assert.Equal(new SourceLocation("templates/print.css", 3, 3), d.Location);
        Assert.Contains("font-size", d.Hint);
    }

    [Fact]
    public void Bad_values_unknown_elements_and_at_rules_are_reported()
    {
        var (_, bag) = Parse("p { font-size: huge; }\nblink { color: red; }\n@media print { p { color: red; } }\n@page { folio: 3; }\n");
        var codes = bag.Items.Select(d => (d.Code, d.Location.Line)).ToList();
        Assert.Contains(("GP2008", 1), codes);
        Assert.Contains(("GP2006", 2), codes);
        Assert.Contains(("GP2005", 3), codes);
        Assert.Contains(("GP2008", 4), codes);
    }

    [Fact]
    public void Chinese_sizes_and_cascade_by_specificity_then_order()
    {
        var (sheet, bag) = Parse("p { font-size: 五号; line-height: 1.5; }\np.big { font-size: 二号; }\n.big { font-size: 8pt; }\nsection.doc p { color: red; }");
        Assert.Empty(bag.Items);
        var resolver = new StyleResolver(sheet);
        var section = new XElement("section", ["doc"], new Dictionary<string, string>(), [], SourceLocation.None);
        var p = new XElement("p", ["big"], new Dictionary<string, string>(), [], SourceLocation.None);
        var style = resolver.Compute(p, [section], StyleResolver.Root);
        Assert.Equal(22, style.SizePt);
        Assert.Equal(33, style.LeadingPt, 3);
        Assert.Equal(0xD00000u, style.Color);
    }

    [Fact]
    public void Page_rules_resolve_named_pages_over_the_default()
    {
        var (sheet, bag) = Parse("@page { size: A4; margin: 20mm; folio: \"— {n} —\"; }\n@page cover { folio: none; margin-top: 30mm; }");
        Assert.Empty(bag.Items);
        var cover = PageMasters.Resolve(sheet, "cover", TestIssues.Small(1, 1));
        var body = PageMasters.Resolve(sheet, "body", TestIssues.Small(1, 1));
        Assert.Null(cover.Folio);
        Assert.Equal("— {n} —", body.Folio!.Pattern);
        Assert.Equal(30 * Length.PointsPerMm, cover.MarginTopPt, 3);
        Assert.Equal(20 * Length.PointsPerMm, body.MarginTopPt, 3);
        Assert.Equal(595.276, body.WidthPt, 2);
    }
}
