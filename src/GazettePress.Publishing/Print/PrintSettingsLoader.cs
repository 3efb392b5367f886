using System.Globalization;
using GazettePress.Content.Safety;
using GazettePress.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace GazettePress.Publishing.Print;

/// <summary>Reads templates/print.yaml into <see cref="PrintSettings"/>. Missing keys keep their
/// defaults; unknown keys and bad values are errors with file:line:col and a hint.</summary>
public static class PrintSettingsLoader
{
    public const string FileName = "print.yaml";

    private static readonly Dictionary<string, string[]> Known = new(StringComparer.Ordinal)
    {
        [""] = ["bleed_mm", "crop_marks", "padding", "pdfx", "output_intent"],
        ["crop_marks"] = ["offset_mm", "length_mm", "line_width_pt"],
        ["padding"] = ["multiple", "keep_at_end"],
        ["output_intent"] = ["identifier", "condition", "registry"],
    };

    /// <summary>Settings from <paramref name="path"/>; the defaults when the file does not exist.</summary>
    public static PrintSettings Load(string path, DiagnosticBag diagnostics) =>
        File.Exists(path) ? Parse(File.ReadAllText(path), path, diagnostics) : new PrintSettings();


    public static PrintSettings Parse(string yaml, string path, DiagnosticBag diagnostics)
    {
        var settings = new PrintSettings();
        var stream = new YamlStream();
        try
        {
            stream.Load(new YamlGuard(new Parser(new StringReader(yaml))));
        }
        catch (YamlLimitException e)
        {
            diagnostics.Add(PrintMessages.YamlSyntax, new SourceLocation(path, (int)e.Start.Line, (int)e.Start.Column),
                ("detail", PrintMessages.YamlLimit.With(("limit", InputLimits.YamlDepth))));
            return settings;
        }
        catch (YamlException e)
        {
            diagnostics.Add(PrintMessages.YamlSyntax, new SourceLocation(path, (int)e.Start.Line, (int)e.Start.Column), ("detail", e.Message));
            return settings;
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
            return settings;
        if (stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            diagnostics.Add(PrintMessages.BadValue, Where(path, stream.Documents[0].RootNode), ("problem", PrintMessages.RootNotAMapping.With()),
                ("advice", PrintMessages.KnownKeys.With(("keys", string.Join(", ", Known[""])))));
            return settings;
        }
        foreach (var (keyNode, value) in root.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            if (!CheckKey(path, "", keyNode, diagnostics)) continue;
            switch (key)
            {
                case "bleed_mm": settings = settings with { BleedMm = Number(path, value, diagnostics, settings.BleedMm, 0, 20) }; break;
                case "pdfx":
                    var level = Scalar(value);
                    if (level is PdfxLevels.X1a2003 or PdfxLevels.None) settings = settings with { Pdfx = level };
                    else diagnostics.Add(PrintMessages.BadValue, Where(path, value), ("problem", PrintMessages.PdfxUnsupported.With(("level", level ?? ""))),
                        ("advice", PrintMessages.PdfxAdvice.With(("x1a", PdfxLevels.X1a2003), ("none", PdfxLevels.None))));
                    break;
                default:
                    if (value is not YamlMappingNode section)
                    {
                        diagnostics.Add(PrintMessages.BadValue, Where(path, value), ("problem", PrintMessages.NotAMapping.With(("key", key))),
                            ("advice", PrintMessages.MappingAdvice.With(("keys", string.Join(", ", Known[key])))));
                        continue;
                    }
                    foreach (var (innerKeyNode, innerValue) in section.Children)
                    {
                        if (!CheckKey(path, key, innerKeyNode, diagnostics)) continue;
                        settings = (key, (innerKeyNode as YamlScalarNode)?.Value) switch
                        {
                            ("crop_marks", "offset_mm") => settings with { MarkOffsetMm = Number(path, innerValue, diagnostics, settings.MarkOffsetMm, 0, 30) },
                            ("crop_marks", "length_mm") => settings with { MarkLengthMm = Number(path, innerValue, diagnostics, settings.MarkLengthMm, 1, 30) },
                            ("crop_marks", "line_width_pt") => settings with { MarkLineWidthPt = Number(path, innerValue, diagnostics, settings.MarkLineWidthPt, 0.05, 2) },
                            ("padding", "multiple") => settings with { PageMultiple = (int)Number(path, innerValue, diagnostics, settings.PageMultiple, 1, 64, integer: true) },
                            ("padding", "keep_at_end") => settings with { BlankPagesBeforeLast = (int)Number(path, innerValue, diagnostics, settings.BlankPagesBeforeLast, 0, 64, integer: true) },
                            ("output_intent", "identifier") => settings with { OutputConditionIdentifier = Scalar(innerValue) ?? settings.OutputConditionIdentifier },
                            ("output_intent", "condition") => settings with { OutputCondition = Scalar(innerValue) ?? settings.OutputCondition },
                            ("output_intent", "registry") => settings with { RegistryName = Scalar(innerValue) ?? settings.RegistryName },
                            _ => settings,
                        };
                    }
                    break;
            }
        }
        if (settings.MarkOffsetMm < settings.BleedMm)
            diagnostics.Add(PrintMessages.BadValue, new SourceLocation(path),
                ("problem", PrintMessages.MarksInsideBleed.With(("offset", Format(settings.MarkOffsetMm)), ("bleed", Format(settings.BleedMm)))),
                ("advice", PrintMessages.MarksAdvice.With()));
        return settings;
    }

    private static bool CheckKey(string path, string section, YamlNode keyNode, DiagnosticBag diagnostics)
    {
        var key = (keyNode as YamlScalarNode)?.Value ?? "";
        var allowed = Known[section];
        if (allowed.Contains(key, StringComparer.Ordinal)) return true;
        var best = allowed.OrderBy(k => Distance(k, key)).First();
        diagnostics.Add(PrintMessages.UnknownKey, Where(path, keyNode), ("key", key),
            section.Length == 0 ? ("section", "") : ("section", PrintMessages.InSection.With(("section", section))),
            ("advice", Distance(best, key) <= 3 ? PrintMessages.DidYouMean.With(("name", best)) : PrintMessages.KnownKeys.With(("keys", string.Join(", ", allowed)))));
        return false;
    }

    private static double Number(string path, YamlNode node, DiagnosticBag diagnostics, double fallback, double min, double max, bool integer = false)
    {
        var text = Scalar(node);
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            && (!integer || value == Math.Floor(value)))
            return value;
        diagnostics.Add(PrintMessages.BadValue, Where(path, node),
            ("problem", (integer ? PrintMessages.NotAWholeNumber : PrintMessages.NotANumber).With(("value", text ?? ""), ("min", Format(min)), ("max", Format(max)))),
            ("advice", PrintMessages.NumberAdvice.With()));
        return fallback;
    }

    private static string? Scalar(YamlNode node) => (node as YamlScalarNode)?.Value;
    private static string Format(double v) => v.ToString(CultureInfo.InvariantCulture);
    private static SourceLocation Where(string path, YamlNode node) => new(path, (int)node.Start.Line, (int)node.Start.Column);

    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
            for (var j = 1; j <= b.Length; j++)
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
        return d[a.Length, b.Length];
    }
}
