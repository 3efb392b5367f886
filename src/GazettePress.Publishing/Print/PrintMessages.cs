using GazettePress.Diagnostics;

namespace GazettePress.Publishing.Print;

/// <summary>Diagnostics of the print edition and templates/print.yaml (print.ini, GP4xxx).</summary>
public static class PrintMessages
{
    public static readonly DiagnosticId UnknownKey = new("GP4001");
    public static readonly DiagnosticId BadValue = new("GP4002");
    public static readonly DiagnosticId YamlSyntax = new("GP4003");
    public static readonly DiagnosticId PreflightFailed = new("GP4004");

    public static readonly TextId InSection = new("text.print.in-section");
    public static readonly TextId DidYouMean = new("text.print.did-you-mean");
    public static readonly TextId KnownKeys = new("text.print.known-keys");
    public static readonly TextId NotAMapping = new("text.print.not-a-mapping");
    public static readonly TextId RootNotAMapping = new("text.print.root-not-a-mapping");
    public static readonly TextId NotANumber = new("text.print.not-a-number");
    public static readonly TextId NotAWholeNumber = new("text.print.not-a-whole-number");
    public static readonly TextId NumberAdvice = new("text.print.number-advice");
    public static readonly TextId PdfxUnsupported = new("text.print.pdfx-unsupported");
    public static readonly TextId PdfxAdvice = new("text.print.pdfx-advice");
    public static readonly TextId MarksInsideBleed = new("text.print.marks-inside-bleed");
    public static readonly TextId MarksAdvice = new("text.print.marks-advice");
    public static readonly TextId MappingAdvice = new("text.print.mapping-advice");
    public static readonly TextId YamlLimit = new("text.print.yaml-limit");
}
