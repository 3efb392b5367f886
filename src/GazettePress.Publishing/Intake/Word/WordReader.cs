using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using GazettePress.Diagnostics;
using GazettePress.Intake.Model;
using A = DocumentFormat.OpenXml.Drawing;
using M = DocumentFormat.OpenXml.Math;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace GazettePress.Intake.Word;

/// <summary>
/// Reads a .docx (Word or WPS) into the neutral block sequence: paragraphs with their effective
/// formatting (styles resolved, direct formatting applied), Word's automatic numbering written out
/// as the labels the reader saw, tables with their cells, pictures, text boxes (where offices put
/// the 版头) in place, drawn red lines, page and section breaks. Only the first choice of
/// mc:AlternateContent is read (WPS and Word write the same text box twice, once as a fallback).
/// </summary>
public static class WordReader
{
    public static SourceReadResult Read(byte[] bytes, string sourceName)
    {
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            using var document = WordprocessingDocument.Open(stream, false);
            var main = document.MainDocumentPart;
            if (main?.Document?.Body is not { } body)
                return SourceReadResult.Failed(Diagnostic.Create(IntakeMessages.UnreadableWord, new SourceLocation(sourceName), ("detail", "word/document.xml")));
            var walker = new Walker(main, sourceName);
            walker.Blocks(body.ChildElements, BlockOrigin.Body, walker.Output);
            var notes = walker.Notes.ToList();
            // Footnotes and endnotes are not in the content format: never dropped without a word.
            foreach (var part in new OpenXmlPart?[] { main.FootnotesPart, main.EndnotesPart })
                if (string.Concat(part?.RootElement?.Descendants<WordText>().Select(t => t.Text) ?? []).Trim() is { Length: > 0 } text)
                    notes.Add(Diagnostic.Create(IntakeMessages.NotesLeftOut, new SourceLocation(sourceName), ("text", text.Length > 40 ? text[..40] + "…" : text)));
            return new SourceReadResult(new SourceDocument(sourceName, walker.Output, notes), []);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or IOException or System.Xml.XmlException
                                      or InvalidOperationException or NotSupportedException or FileFormatException)
        {
            return SourceReadResult.Failed(Diagnostic.Create(IntakeMessages.UnreadableWord, new SourceLocation(sourceName), ("detail", e.Message)));
        }
    }

    private sealed class Walker
    {
        private readonly MainDocumentPart _main;
        private readonly string _source;
        private readonly WordStyles _styles;
        private readonly WordNumbering _numbering;
        private readonly WordTheme _theme;
        private readonly Stack<bool> _fieldInstruction = new();
        private int _paragraphs;
        private int _images;
        private bool _trackedChanges;
        private bool _hidden;

        public Walker(MainDocumentPart main, string source)
        {
            _main = main;
            _source = source;
            _theme = new WordTheme(main.ThemePart);
            _styles = new WordStyles(main.StyleDefinitionsPart, _theme);
            _numbering = new WordNumbering(main.NumberingDefinitionsPart);
        }

        public List<SourceBlock> Output { get; } = new();

        public List<Diagnostic> NotesList { get; } = new();

        public IReadOnlyList<Diagnostic> Notes
        {
            get
            {
                var notes = new List<Diagnostic>(NotesList);
                if (_trackedChanges) notes.Add(Diagnostic.Create(IntakeMessages.TrackedChanges, new SourceLocation(_source)));
                if (_hidden) notes.Add(Diagnostic.Create(IntakeMessages.HiddenText, new SourceLocation(_source)));
                return notes;
            }
        }

        public void Blocks(IEnumerable<OpenXmlElement> elements, BlockOrigin origin, List<SourceBlock> output)
        {
            foreach (var element in elements)
            {
                switch (element)
                {
                    case Paragraph p:
                        Paragraph(p, origin, output);
                        break;
                    case Table t:
                        output.Add(Table(t, origin));
                        break;
                    case SdtBlock sdt:
                        Blocks(sdt.SdtContentBlock?.ChildElements ?? Enumerable.Empty<OpenXmlElement>(), origin, output);
                        break;
                    case CustomXmlBlock custom:
                        Blocks(custom.ChildElements, origin, output);
                        break;
                    case AlternateContent alternate:
                        Blocks(FirstChoice(alternate), origin, output);
                        break;
                    case InsertedRun or MoveToRun:
                        Blocks(element.ChildElements, origin, output);
                        break;
                }
            }
        }

        private static IEnumerable<OpenXmlElement> FirstChoice(AlternateContent alternate) =>
            alternate.GetFirstChild<AlternateContentChoice>()?.ChildElements
            ?? alternate.GetFirstChild<AlternateContentFallback>()?.ChildElements
            ?? Enumerable.Empty<OpenXmlElement>();

        private sealed class ParagraphState
        {
            public readonly List<SourceRun> Runs = new();
            public readonly List<List<SourceRun>> Pieces = new();
            public readonly List<SourceBlock> Before = new();
        }

        private void Paragraph(Paragraph p, BlockOrigin origin, List<SourceBlock> output)
        {
            var properties = p.ParagraphProperties;
            var (styleParagraph, styleRun, styleName) = _styles.Paragraph(properties?.ParagraphStyleId?.Val?.Value);
            var format = styleParagraph.Then(ParagraphFormat.Read(properties));
            var state = new ParagraphState();
            if (format.Numbering is { NumberingId: { } numId } numbering && _numbering.Next(numId, numbering.Level ?? 0) is { } label)
            {
                var markFormat = styleRun.Then(RunFormat.Read(properties?.ParagraphMarkRunProperties, _theme));
                state.Runs.Add(Run(label, markFormat));
            }
            var labelled = state.Runs.Count == 1;
            Inline(p.ChildElements, styleRun, state);
            // A number takes the paragraph mark's formatting; a mark never formatted by hand shows the
            // label as the text after it looks, which is what matters for recognising a heading.
            if (labelled && properties?.ParagraphMarkRunProperties is null && state.Runs.Count > 1 && state.Runs[1] is { } first)
                state.Runs[0] = first with { Text = state.Runs[0].Text };
            state.Pieces.Add(new List<SourceRun>(state.Runs));

            var size = state.Pieces.SelectMany(r => r).Where(r => r.Text.Trim().Length > 0).Select(r => r.SizePt).FirstOrDefault(s => s is not null)
                       ?? styleRun.SizePt ?? 10.5;
            var indent = format.Indent ?? new Indent();
            var look = new ParagraphLook
            {
                Align = format.Align ?? TextAlign.Start,
                FirstLineIndentChars = Math.Round(indent.FirstLine(size), 2),
                LeftIndentChars = Math.Round(indent.Left(size), 2),
                RightIndentChars = Math.Round(indent.Right(size), 2),
                StyleName = styleName,
                OutlineLevel = format.OutlineLevel,
                RedRuleBelow = format.RedRuleBelow ?? false,
                AnyRule = format.AnyRule ?? false,
                HasFontInformation = true,
            };
            if (format.PageBreakBefore == true) output.Add(new SourcePageBreak { Origin = origin });
            output.AddRange(state.Before);
            for (var i = 0; i < state.Pieces.Count; i++)
            {
                if (i > 0) output.Add(new SourcePageBreak { Origin = origin });
                var runs = state.Pieces[i];
                if (runs.Count == 0 && state.Pieces.Count > 1) continue;
                output.Add(new SourceParagraph(Merge(runs), look with { PageBreakBefore = format.PageBreakBefore == true && i == 0 }, ++_paragraphs) { Origin = origin });
            }
            if (properties?.SectionProperties is { } section && section.GetFirstChild<SectionType>()?.Val?.Value is var type
                && type != SectionMarkValues.Continuous)
                output.Add(new SourcePageBreak { Origin = origin });
        }

        private static SourceRun Run(string text, RunFormat format) =>
            new(text, format.Bold ?? false, format.Role, format.SizePt, format.IsRed, format.Shift ?? VerticalShift.None);

        /// <summary>Adjacent runs with the same formatting become one (WPS splits runs mid-word).</summary>
        private static List<SourceRun> Merge(List<SourceRun> runs)
        {
            var merged = new List<SourceRun>();
            foreach (var run in runs)
            {
                if (run.Text.Length == 0) continue;
                if (merged.Count > 0 && merged[^1] with { Text = "" } == run with { Text = "" })
                    merged[^1] = merged[^1] with { Text = merged[^1].Text + run.Text };
                else merged.Add(run);
            }
            return merged;
        }

        private void Inline(IEnumerable<OpenXmlElement> elements, RunFormat paragraphRun, ParagraphState state)
        {
            foreach (var element in elements)
            {
                switch (element)
                {
                    case Run r:
                        RunContent(r, paragraphRun, state);
                        break;
                    case Hyperlink or SimpleField or SdtRun or CustomXmlRun or InsertedRun or MoveToRun:
                        Inline(element is SdtRun sdt ? sdt.SdtContentRun?.ChildElements ?? Enumerable.Empty<OpenXmlElement>() : element.ChildElements, paragraphRun, state);
                        break;
                    case DeletedRun or MoveFromRun:
                        _trackedChanges = true;
                        break;
                    case AlternateContent alternate:
                        Inline(FirstChoice(alternate), paragraphRun, state);
                        break;
                    case M.OfficeMath or M.Paragraph:
                        state.Runs.Add(Run(string.Concat(element.Descendants<M.Text>().Select(t => t.Text)), paragraphRun));
                        NotesList.Add(Diagnostic.Create(IntakeMessages.Omitted, new SourceLocation(_source),
                            ("what", "公式 / equation"), ("paragraph", _paragraphs + 1)));
                        break;
                    default:
                        if (element.LocalName == "ins" || element.LocalName == "smartTag") Inline(element.ChildElements, paragraphRun, state);
                        break;
                }
            }
        }

        private void RunContent(Run r, RunFormat paragraphRun, ParagraphState state)
        {
            var properties = r.RunProperties;
            var format = paragraphRun.Then(_styles.Character(properties?.RunStyle?.Val?.Value)).Then(RunFormat.Read(properties, _theme));
            if (format.Hidden == true)
            {
                if (r.Descendants<WordText>().Any(t => t.Text.Trim().Length > 0)) _hidden = true;
                return;
            }
            var text = new StringBuilder();
            void Flush()
            {
                if (text.Length == 0) return;
                state.Runs.Add(Run(text.ToString(), format));
                text.Clear();
            }
            foreach (var child in r.ChildElements)
            {
                switch (child)
                {
                    case FieldChar fc:
                        var kind = fc.FieldCharType?.Value;
                        if (kind == FieldCharValues.Begin) _fieldInstruction.Push(true);
                        else if (kind == FieldCharValues.Separate && _fieldInstruction.Count > 0) { _fieldInstruction.Pop(); _fieldInstruction.Push(false); }
                        else if (kind == FieldCharValues.End && _fieldInstruction.Count > 0) _fieldInstruction.Pop();
                        break;
                    case FieldCode or DeletedFieldCode:
                        break;
                    case WordText t when !InInstruction:
                        text.Append(t.Text);
                        break;
                    case TabChar or PositionalTab when !InInstruction:
                        text.Append('\t');
                        break;
                    case Break br when !InInstruction:
                        if (br.Type?.Value == BreakValues.Page)
                        {
                            Flush();
                            state.Pieces.Add(new List<SourceRun>(state.Runs));
                            state.Runs.Clear();
                        }
                        else if (br.Type?.Value != BreakValues.Column) text.Append('\n');
                        break;
                    case CarriageReturn when !InInstruction:
                        text.Append('\n');
                        break;
                    case NoBreakHyphen when !InInstruction:
                        text.Append('-');
                        break;
                    case SymbolChar sym when !InInstruction:
                        if (Symbols.Map(sym.Font?.Value, sym.Char?.Value) is { } c) text.Append(c);
                        else NotesList.Add(Diagnostic.Create(IntakeMessages.UnknownSymbol, new SourceLocation(_source),
                            ("font", sym.Font?.Value ?? "?"), ("code", sym.Char?.Value ?? "?"), ("paragraph", _paragraphs + 1)));
                        break;
                    case DeletedText:
                        _trackedChanges = true;
                        break;
                    case Drawing drawing:
                        Flush();
                        Graphic(drawing, state);
                        break;
                    case Picture pict:
                        Flush();
                        Vml(pict, state);
                        break;
                    case EmbeddedObject:
                        Flush();
                        state.Before.Add(new SourceOmission("嵌入对象 / embedded object", _paragraphs + 1));
                        break;
                    case AlternateContent alternate:
                        Flush();
                        foreach (var inner in FirstChoice(alternate))
                        {
                            if (inner is Drawing d) Graphic(d, state);
                            else if (inner is Picture v) Vml(v, state);
                        }
                        break;
                }
            }
            Flush();
        }

        private bool InInstruction => _fieldInstruction.Count > 0 && _fieldInstruction.Peek();

        /// <summary>A DrawingML object: a picture, a text box (its paragraphs come before the anchoring paragraph), or a line.</summary>
        private void Graphic(OpenXmlElement drawing, ParagraphState state)
        {
            var boxes = TopLevelTextBoxes(drawing).ToList();
            foreach (var box in boxes)
                Blocks(box.ChildElements, BlockOrigin.TextBox, state.Before);
            var extent = drawing.Descendants<DocumentFormat.OpenXml.Drawing.Wordprocessing.Extent>().FirstOrDefault();
            var description = drawing.Descendants<DocumentFormat.OpenXml.Drawing.Wordprocessing.DocProperties>().FirstOrDefault() is { } dp
                ? (dp.Description?.Value is { Length: > 0 } d ? d : dp.Title?.Value) : null;
            var found = false;
            foreach (var blip in drawing.Descendants<A.Blip>())
            {
                if (blip.Embed?.Value is not { } id || !TryImage(id, out var bytes, out var ext)) continue;
                found = true;
                state.Before.Add(new SourceImage(bytes, ext, Mm(extent?.Cx?.Value), Mm(extent?.Cy?.Value), description, ++_images));
            }
            if (found || boxes.Count > 0) return;
            // A shape without text or picture: a drawn line when it is a line or flat and wide.
            var isLine = drawing.Descendants<A.PresetGeometry>().Any(g => g.Preset?.Value == A.ShapeTypeValues.Line
                         || g.Preset?.Value == A.ShapeTypeValues.StraightConnector1)
                         || extent is { Cx.Value: var cx, Cy.Value: var cy } && cx > 20 * Math.Max(cy, 1);
            if (!isLine) return;
            var red = drawing.Descendants<A.Outline>().SelectMany(o => o.Descendants<A.RgbColorModelHex>()).Any(c => WordColors.IsRed(c.Val?.Value));
            state.Before.Add(new SourceRule(red));
        }

        private static IEnumerable<TextBoxContent> TopLevelTextBoxes(OpenXmlElement root) =>
            root.Descendants<TextBoxContent>().Where(t => !t.Ancestors<TextBoxContent>().Any(a => root.Descendants<TextBoxContent>().Contains(a)))
                .Where(t => !t.Ancestors<AlternateContentFallback>().Any());

        /// <summary>VML (older Word, WPS fallbacks): text boxes, image data, lines.</summary>
        private void Vml(OpenXmlElement pict, ParagraphState state)
        {
            var boxes = TopLevelTextBoxes(pict).ToList();
            foreach (var box in boxes)
                Blocks(box.ChildElements, BlockOrigin.TextBox, state.Before);
            var found = false;
            foreach (var data in pict.Descendants().Where(e => e.LocalName == "imagedata"))
            {
                var id = data.GetAttributes().FirstOrDefault(a => a.LocalName == "id" && a.NamespaceUri.Contains("relationships")).Value;
                if (id is null || !TryImage(id, out var bytes, out var ext)) continue;
                found = true;
                state.Before.Add(new SourceImage(bytes, ext, null, null, null, ++_images));
            }
            if (found || boxes.Count > 0) return;
            foreach (var line in pict.Descendants().Where(e => e.LocalName == "line"))
            {
                var color = line.GetAttributes().FirstOrDefault(a => a.LocalName == "strokecolor").Value ?? "";
                state.Before.Add(new SourceRule(color.Equals("red", StringComparison.OrdinalIgnoreCase) || WordColors.IsRed(color.TrimStart('#'))));
            }
        }

        private bool TryImage(string relationshipId, out byte[] bytes, out string extension)
        {
            bytes = [];
            extension = "";
            if (_main.TryGetPartById(relationshipId, out var part) is false || part is not ImagePart image) return false;
            using var stream = image.GetStream();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            bytes = copy.ToArray();
            extension = image.ContentType switch
            {
                "image/png" => "png",
                "image/jpeg" or "image/jpg" => "jpg",
                "image/gif" => "gif",
                "image/bmp" => "bmp",
                "image/tiff" => "tif",
                "image/x-emf" or "image/emf" => "emf",
                "image/x-wmf" or "image/wmf" => "wmf",
                "image/svg+xml" => "svg",
                _ => Path.GetExtension(image.Uri.OriginalString).TrimStart('.').ToLowerInvariant(),
            };
            return true;
        }

        private static double? Mm(long? emu) => emu is > 0 ? Math.Round(emu.Value / 36000.0, 1) : null;

        private SourceTable Table(Table table, BlockOrigin origin)
        {
            var rows = new List<IReadOnlyList<SourceCell>>();
            var merged = false;
            foreach (var row in table.Elements<TableRow>())
            {
                var cells = new List<SourceCell>();
                foreach (var cell in row.Elements<TableCell>())
                {
                    var span = cell.TableCellProperties?.GridSpan?.Val?.Value ?? 1;
                    if (span > 1 || cell.TableCellProperties?.VerticalMerge is not null) merged = true;
                    var continued = cell.TableCellProperties?.VerticalMerge is { } vm && (vm.Val is null || vm.Val.Value == MergedCellValues.Continue);
                    var blocks = new List<SourceBlock>();
                    if (!continued) Blocks(cell.ChildElements, BlockOrigin.TableCell, blocks);
                    cells.Add(new SourceCell(blocks, Math.Max(1, span)));
                }
                if (cells.Count > 0) rows.Add(cells);
            }
            var properties = table.GetFirstChild<TableProperties>();
            var borders = properties?.TableBorders is { } b ? WordTables.Draws(b) : _styles.TableStyleHasBorders(properties?.TableStyle?.Val?.Value);
            borders |= table.Descendants<TableCellBorders>().Any(WordTables.Draws);
            return new SourceTable(rows) { Origin = origin, HasMergedCells = merged, HasBorders = borders };
        }
    }
}

/// <summary>Characters Word writes as w:sym from symbol fonts, mapped to Unicode.</summary>
internal static class Symbols
{
    public static char? Map(string? font, string? code)
    {
        if (code is null || !int.TryParse(code, System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture, out var value)) return null;
        var c = value >= 0xF000 ? value - 0xF000 : value;
        var f = (font ?? "").ToLowerInvariant();
        if (f.Contains("wingdings"))
            return c switch { 0x9F => '•', 0xA7 => '▪', 0xA8 => '□', 0x6E => '■', 0x6C => '●', 0xFC => '✓', 0xFB => '✗', 0xFE => '☑', 0xD8 => '➢', 0xE0 => '→', _ => null };
        if (f.Contains("symbol"))
            return c switch { 0xB7 => '•', 0xB4 => '×', 0xB8 => '÷', 0xB1 => '±', 0xA3 => '≤', 0xB3 => '≥', 0xB0 => '°', 0xAE => '→', 0xD6 => '√', _ => c is >= 0x20 and < 0x7F ? (char)c : null };
        return value is >= 0x20 and < 0xF000 ? (char)value : null;
    }
}
