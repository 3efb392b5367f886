using GazettePress.Diagnostics;

namespace GazettePress.Content.Safety;

/// <summary>Diagnostics of the issue folder's limits and sandbox (content-limits.ini, GP1060–GP1099).</summary>
public static class SafetyMessages
{
    public static readonly DiagnosticId OutsideIssueFolder = new("GP1060");
    public static readonly DiagnosticId TooLarge = new("GP1061");
    public static readonly DiagnosticId Unreadable = new("GP1062");
    public static readonly DiagnosticId YamlAlias = new("GP1063");
    public static readonly DiagnosticId YamlTooDeep = new("GP1064");
    public static readonly DiagnosticId ContainersTooDeep = new("GP1065");
    public static readonly DiagnosticId BlockTooDense = new("GP1066");
    public static readonly DiagnosticId DocumentTooDense = new("GP1067");
    public static readonly DiagnosticId MarkupTooDeep = new("GP1068");
    public static readonly DiagnosticId DateOutOfRange = new("GP1069");
    public static readonly DiagnosticId ImageName = new("GP1070");
    public static readonly DiagnosticId NotAnImage = new("GP1071");
    public static readonly DiagnosticId DamagedImage = new("GP1072");
    public static readonly DiagnosticId TooManyPixels = new("GP1073");
    public static readonly DiagnosticId TemplateOutputTooLarge = new("GP1074");
    public static readonly DiagnosticId UnprintableCharacter = new("GP1075");
    public static readonly DiagnosticId BadWebAddress = new("GP1076");
    public static readonly DiagnosticId IdsDifferInCase = new("GP1077");
    public static readonly DiagnosticId ReservedId = new("GP1078");
    public static readonly DiagnosticId QrTooLong = new("GP1079");
    public static readonly DiagnosticId TitleTooLong = new("GP1085");
    public static readonly DiagnosticId BadCharacterReference = new("GP1086");
    public static readonly TextId ReferenceUnprintable = new("text.safety.reference-unprintable");
    public static readonly TextId ReferenceNoFont = new("text.safety.reference-no-font");
    public static readonly DiagnosticId TemplateOutsideFolder = new("GP2090");
    public static readonly DiagnosticId FontOutsideFolder = new("GP3090");

    public static readonly TextId LinkLoop = new("text.safety.link-loop");
    public static readonly TextId NotAFile = new("text.safety.not-a-file");
    public static readonly TextId AlsoOnLines = new("text.safety.also-on-lines");
    public static readonly TextId NullCharacter = new("text.safety.char.null");
    public static readonly TextId ByteOrderMark = new("text.safety.char.bom");
    public static readonly TextId ReplacementCharacter = new("text.safety.char.replacement");
    public static readonly TextId ControlCharacter = new("text.safety.char.control");

    internal static Diagnostic ForYamlLimit(YamlLimitException limit, SourceLocation where) => limit.IsAlias
        ? Diagnostic.Create(YamlAlias, where)
        : Diagnostic.Create(YamlTooDeep, where, ("limit", InputLimits.YamlDepth));
}
