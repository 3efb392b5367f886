using GazettePress.Diagnostics;

namespace GazettePress.Publishing.Templates;

/// <summary>Diagnostics of templates and the print style file (catalogue file templates.ini).</summary>
public static class TemplateMessages
{
    public static readonly DiagnosticId TemplateMissing = new("GP2001");
    public static readonly DiagnosticId TemplateRuntime = new("GP2002");
    public static readonly DiagnosticId TemplateSyntax = new("GP2003");
    public static readonly DiagnosticId StyleSyntax = new("GP2004");
    public static readonly DiagnosticId StyleAtRule = new("GP2005");
    public static readonly DiagnosticId StyleSelector = new("GP2006");
    public static readonly DiagnosticId StyleProperty = new("GP2007");
    public static readonly DiagnosticId StyleValue = new("GP2008");
    public static readonly DiagnosticId IncludeMissing = new("GP2009");
    public static readonly DiagnosticId LinkNotPlaced = new("GP2010");

    public static readonly TextId WhereElement = new("templates.where.element");
    public static readonly TextId WherePage = new("templates.where.page");
    public static readonly TextId DidYouMean = new("templates.did-you-mean");
    public static readonly TextId KnownProperties = new("templates.known-properties");
    public static readonly TextId ExpectedBlock = new("templates.style.expected-block");
    public static readonly TextId FixBlock = new("templates.style.fix.block");
    public static readonly TextId MissingClose = new("templates.style.missing-close");
    public static readonly TextId FixClose = new("templates.style.fix.close");
    public static readonly TextId ExpectedDeclaration = new("templates.style.expected-declaration");
    public static readonly TextId FixSeparate = new("templates.style.fix.separate");
    public static readonly TextId UnexpectedClose = new("templates.style.unexpected-close");
    public static readonly TextId FixRemoveClose = new("templates.style.fix.remove-close");
    public static readonly TextId UnclosedComment = new("templates.style.unclosed-comment");
    public static readonly TextId FixComment = new("templates.style.fix.comment");
    public static readonly TextId EmptySelector = new("templates.selector.empty");
    public static readonly TextId FixStrayComma = new("templates.selector.fix.comma");
    public static readonly TextId UnsupportedSelector = new("templates.selector.unsupported");
    public static readonly TextId FixSelectorElement = new("templates.selector.fix.element");
    public static readonly TextId FixSelectorGeneral = new("templates.selector.fix.general");
    public static readonly TextId ValueLength = new("templates.value.length");
    public static readonly TextId ValueLengthOrFactor = new("templates.value.length-or-factor");
    public static readonly TextId ValueColor = new("templates.value.color");
    public static readonly TextId ValueKeyword = new("templates.value.keyword");
    public static readonly TextId ValueInteger = new("templates.value.integer");
    public static readonly TextId ValueQuoted = new("templates.value.quoted");
    public static readonly TextId ValueName = new("templates.value.name");
    public static readonly TextId ValueSize = new("templates.value.size");
    public static readonly TextId ValueMargin = new("templates.value.margin");
    public static readonly TextId ValueBorder = new("templates.value.border");
}
