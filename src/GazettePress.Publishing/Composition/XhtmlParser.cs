using System.Xml;
using GazettePress.Diagnostics;
using GazettePress.Publishing.Templates;

namespace GazettePress.Publishing.Composition;

/// <summary>
/// Reads the templates' XHTML output into <see cref="XElement"/> trees. Source markers left by
/// <see cref="TemplateSet"/> give every element its template file and line; an element or class the
/// composer does not know is an error there.
/// </summary>
public static class XhtmlParser
{
    /// <summary>Parses a fragment (several top-level elements); returns the top-level elements.</summary>
    public static IReadOnlyList<XElement> ParseFragment(string xhtml, IReadOnlySet<string> knownClasses, DiagnosticBag diagnostics, string fallbackFile = "")
    {
        var state = new State(knownClasses, diagnostics, fallbackFile);
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            IgnoreProcessingInstructions = true,
            IgnoreComments = false,
            ConformanceLevel = ConformanceLevel.Fragment,
            XmlResolver = null,
        };
        var roots = new List<XElement>();
        try
        {
            using var reader = XmlReader.Create(new StringReader(xhtml), settings);
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element) roots.Add(ReadElement(reader, state, null));
                else if (reader.NodeType == XmlNodeType.Comment) state.Marker(reader.Value, reader);
            }
        }
        catch (XmlException ex)
        {
            var where = LocateInText(xhtml, ex.LineNumber, fallbackFile);
            diagnostics.Add(Diagnostic.Create(CompositionMessages.XhtmlSyntax, where, ("detail", StripPosition(ex.Message))));
        }
        return roots;
    }

    private sealed class State(IReadOnlySet<string> knownClasses, DiagnosticBag diagnostics, string fallbackFile)
    {
        public IReadOnlySet<string> KnownClasses => knownClasses;
        /// <summary>The next element's number in document order.</summary>
        public int NextOrdinal { get; set; }
        public DiagnosticBag Diagnostics => diagnostics;
        private string _file = fallbackFile;
        private int _line;
        private int _markerReaderLine;

        public void Marker(string comment, XmlReader reader)
        {
            var text = comment.Trim();
            if (!text.StartsWith(TemplateSet.MarkerPrefix, StringComparison.Ordinal)) return;
            var body = text[TemplateSet.MarkerPrefix.Length..];
            var colon = body.LastIndexOf(':');
            if (colon > 0 && int.TryParse(body[(colon + 1)..], out var line)) { _file = body[..colon]; _line = line; }
            else { _file = body; _line = 0; }
            _markerReaderLine = ((IXmlLineInfo)reader).LineNumber;
        }

        public SourceLocation Here(XmlReader reader)
        {
            if (_file.Length == 0) return SourceLocation.None;
            if (_line == 0) return new SourceLocation(_file);
            var offset = ((IXmlLineInfo)reader).LineNumber - _markerReaderLine;
            return new SourceLocation(_file, _line + Math.Max(0, offset));
        }
    }

    private static XElement ReadElement(XmlReader reader, State state, string? parent)
    {
        var name = reader.LocalName;
        var location = state.Here(reader);
        var ordinal = state.NextOrdinal++;
        var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
        if (reader.HasAttributes)
        {
            while (reader.MoveToNextAttribute()) attributes[reader.Name] = reader.Value;
            reader.MoveToElement();
        }
        var classes = attributes.TryGetValue("class", out var cls)
            ? cls.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            : [];
        Validate(name, classes, location, state);
        var children = new List<XNode>();
        if (!reader.IsEmptyElement)
        {
            while (reader.Read())
            {
                switch (reader.NodeType)
                {
                    case XmlNodeType.Element:
                        children.Add(ReadElement(reader, state, name));
                        break;
                    case XmlNodeType.Text:
                    case XmlNodeType.CDATA:
                    case XmlNodeType.Whitespace:
                    case XmlNodeType.SignificantWhitespace:
                        children.Add(new XText(reader.Value));
                        break;
                    case XmlNodeType.Comment:
                        state.Marker(reader.Value, reader);
                        break;
                    case XmlNodeType.EndElement:
                        return new XElement(name, classes, attributes, children, location, ordinal);
                }
            }
        }
        return new XElement(name, classes, attributes, children, location, ordinal);
    }

    private static void Validate(string name, IReadOnlyList<string> classes, SourceLocation location, State state)
    {
        if (!XhtmlVocabulary.Elements.Contains(name))
        {
            var near = StyleProperties.DidYouMean(name, XhtmlVocabulary.Elements);
            state.Diagnostics.Add(Diagnostic.Create(CompositionMessages.XhtmlElement, location, ("element", name),
                ("suggestion", near is not null
                    ? CompositionMessages.DidYouMeanElement.With(("name", near))
                    : CompositionMessages.UseOneOf.With(("names", string.Join(", ", XhtmlVocabulary.Elements.Order(StringComparer.Ordinal)))))));
        }
        foreach (var c in classes)
        {
            if (state.KnownClasses.Contains(c) || XhtmlVocabulary.BuiltInClasses.Contains(c)) continue;
            var near = StyleProperties.DidYouMean(c, state.KnownClasses.Concat(XhtmlVocabulary.BuiltInClasses));
            state.Diagnostics.Add(Diagnostic.Create(CompositionMessages.XhtmlClass, location, ("element", name), ("class", c),
                ("suggestion", near is not null
                    ? CompositionMessages.DidYouMeanClass.With(("name", near), ("class", c))
                    : CompositionMessages.AddClassRule.With(("class", c)))));
        }
    }

    private static SourceLocation LocateInText(string xhtml, int errorLine, string fallbackFile)
    {
        // Find the last marker at or before the error line in the raw text.
        var lines = xhtml.Split('\n');
        var file = fallbackFile;
        var templateLine = 0;
        var markerIndex = 0;
        for (var i = 0; i < Math.Min(errorLine, lines.Length); i++)
        {
            var idx = lines[i].LastIndexOf("<!--" + TemplateSet.MarkerPrefix, StringComparison.Ordinal);
            if (idx < 0) continue;
            var end = lines[i].IndexOf("-->", idx, StringComparison.Ordinal);
            if (end < 0) continue;
            var body = lines[i][(idx + 4 + TemplateSet.MarkerPrefix.Length)..end];
            var colon = body.LastIndexOf(':');
            if (colon > 0 && int.TryParse(body[(colon + 1)..], out var l)) { file = body[..colon]; templateLine = l; markerIndex = i; }
        }
        if (file.Length == 0) return SourceLocation.None;
        return new SourceLocation(file, templateLine == 0 ? 0 : templateLine + (errorLine - 1 - markerIndex));
    }

    private static string StripPosition(string message)
    {
        var idx = message.IndexOf(" Line ", StringComparison.Ordinal);
        return idx > 0 ? message[..idx].TrimEnd('.', ' ') : message;
    }
}
