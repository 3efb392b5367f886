using GazettePress.Diagnostics;

namespace GazettePress.Publishing.Composition;

/// <summary>The composer's diagnostics: the templates' XHTML (templates-xhtml.ini) and composition (layout.ini).</summary>
public static class CompositionMessages
{
    public static readonly DiagnosticId XhtmlSyntax = new("GP2020");
    public static readonly DiagnosticId XhtmlElement = new("GP2021");
    public static readonly DiagnosticId XhtmlClass = new("GP2022");
    public static readonly DiagnosticId XhtmlNesting = new("GP2023");
    public static readonly DiagnosticId XhtmlTopLevel = new("GP2024");

    public static readonly TextId DidYouMeanElement = new("templates.xhtml.did-you-mean-element");
    public static readonly TextId UseOneOf = new("templates.xhtml.use-one-of");
    public static readonly TextId DidYouMeanClass = new("templates.xhtml.did-you-mean-class");
    public static readonly TextId AddClassRule = new("templates.xhtml.add-class-rule");

    public static readonly DiagnosticId QrEmpty = new("GP3020");
    public static readonly DiagnosticId ImageUnreadable = new("GP3021");
    public static readonly DiagnosticId TocUnsettled = new("GP3022");
    public static readonly DiagnosticId OverfullBreaks = new("GP3023");
}
