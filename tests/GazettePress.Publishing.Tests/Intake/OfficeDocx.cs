using System.Globalization;
using System.Security;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace GazettePress.Publishing.Tests.Intake;

/// <summary>How a generated Word file carries its formatting.</summary>
public enum Formatting
{
    /// <summary>Every paragraph and run formatted by hand (fonts, sizes, indents on each), as most offices type.</summary>
    Direct,
    /// <summary>Named styles only (正文, 标题 1, 标题 2, 公文标题 …), no direct formatting.</summary>
    Styles,
}

/// <summary>Where the 版头 is.</summary>
public enum HeadLayout
{
    Paragraphs,
    Table,
    TextBox,
    None,
}

/// <summary>The roles GB/T 9704 gives paragraphs, each with its font, size and placement.</summary>
public enum Role
{
    Body,
    Title,
    Heading1,
    Heading2,
    Heading3,
    Addressee,
    Signature,
    Date,
    Note,
    AttachmentLabel,
    Record,
    Centered,
    DocNumber,
}

/// <summary>A piece of a paragraph: text with bold, superscript or subscript.</summary>
public sealed record Piece(string Text, bool Bold = false, string? Shift = null);

/// <summary>
/// Writes .docx files the way offices make them (Word or WPS): 仿宋_GB2312 三号 (16 pt) text with
/// fixed 28.95 pt leading and a 2-character first-line indent, 方正小标宋简体 二号 titles, 黑体 and
/// 楷体 headings, a red 版头 (as paragraphs, in a table or in a text box, with the red line as a
/// border or a drawn shape), automatic numbering from numbering.xml, tables, page breaks, 版记.
/// Either with direct formatting on every paragraph and run, or with named styles only; optionally
/// with runs split mid-word the way WPS writes them (bookmarks and proofing marks between pieces).
/// </summary>
public sealed class OfficeDocx
{
    private const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private readonly List<OpenXmlElement> _body = new();
    private readonly List<(string Id, byte[] Bytes)> _images = new();
    private readonly Random _random;
    private int _shapeId = 1;

    public OfficeDocx(Formatting formatting = Formatting.Direct, bool wpsRuns = false, int seed = 1)
    {
        Formatting = formatting;
        WpsRuns = wpsRuns;
        _random = new Random(seed);
    }

    public Formatting Formatting { get; }

    public bool WpsRuns { get; }

    /// <summary>The 版头: red 发文机关标志 (one line per issuer, or …令 with 第N号), 发文字号, red line.</summary>
    public OfficeDocx Head(HeadLayout layout, IReadOnlyList<string> issuers, string? docNumber, string? orderNumberLine = null, string? signer = null)
    {
        if (layout == HeadLayout.None) return this;
        var mark = orderNumberLine is null ? issuers.Count == 1 ? [issuers[0] + "文件"] : issuers.ToList() : [issuers[0]];
        if (layout == HeadLayout.Table && orderNumberLine is null)
        {
            var rows = mark.Select((m, i) => (m.EndsWith("文件", StringComparison.Ordinal) ? m[..^2] : m, i == 0 ? "文件" : "")).ToList();
            _body.Add(HeadTable(rows));
        }
        else if (layout == HeadLayout.TextBox)
        {
            var lines = new List<string>(mark);
            if (issuers.Count > 1 && orderNumberLine is null) lines[^1] += "文件";
            _body.Add(TextBoxParagraph(lines));
        }
        else
        {
            foreach (var (line, i) in mark.Select((m, i) => (m, i)))
                _body.Add(Paragraph([new Piece(issuers.Count > 1 && i == mark.Count - 1 && orderNumberLine is null ? line + "文件" : line)], Role.Centered, font: "方正小标宋简体", size: 36, red: true));
        }
        if (orderNumberLine is not null) _body.Add(Paragraph([new Piece(orderNumberLine)], Role.DocNumber));
        _body.Add(Paragraph([]));
        if (docNumber is not null)
        {
            var text = signer is null ? docNumber : docNumber + "　　　　　　　签发人：" + signer;
            var line = Paragraph([new Piece(text)], Role.DocNumber, redRuleBelow: layout != HeadLayout.Table);
            _body.Add(line);
        }
        if (layout == HeadLayout.Table || docNumber is null) _body.Add(RedLineParagraph());
        _body.Add(Paragraph([]));
        return this;
    }

    public OfficeDocx Line(string text, Role role = Role.Body) => Add([new Piece(text)], role);

    public OfficeDocx Add(IReadOnlyList<Piece> pieces, Role role = Role.Body, int? numberingLevel = null)
    {
        _body.Add(Paragraph(pieces, role, numberingLevel: numberingLevel));
        return this;
    }

    /// <summary>A title of several lines: one paragraph with line breaks, or one paragraph per line.</summary>
    public OfficeDocx Title(IReadOnlyList<string> lines, bool breaksInOneParagraph)
    {
        if (breaksInOneParagraph) _body.Add(Paragraph(lines.Select(l => new Piece(l)).ToList(), Role.Title, lineBreaks: true));
        else foreach (var line in lines) _body.Add(Paragraph([new Piece(line)], Role.Title));
        _body.Add(Paragraph([]));
        return this;
    }

    public OfficeDocx Empty()
    {
        _body.Add(Paragraph([]));
        return this;
    }

    public OfficeDocx PageBreak()
    {
        _body.Add(new Paragraph(new Run(new Break { Type = BreakValues.Page })));
        return this;
    }

    /// <summary>A page break made by a section break (many attached texts start a new section).</summary>
    public OfficeDocx SectionBreak()
    {
        _body.Add(new Paragraph(new ParagraphProperties(new SectionProperties(new SectionType { Val = SectionMarkValues.NextPage }))));
        return this;
    }

    public OfficeDocx Table(IReadOnlyList<IReadOnlyList<string>> rows, bool mergeFirstRow = false)
    {
        var table = new Table(new TableProperties(
            new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4 }, new BottomBorder { Val = BorderValues.Single, Size = 4 },
                new LeftBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 }),
            new TableWidth { Type = TableWidthUnitValues.Pct, Width = "5000" }));
        var columns = rows.Max(r => r.Count);
        table.Append(new TableGrid(Enumerable.Range(0, columns).Select(_ => new GridColumn { Width = (8800 / columns).ToString(CultureInfo.InvariantCulture) })));
        for (var r = 0; r < rows.Count; r++)
        {
            var tr = new TableRow();
            var cells = rows[r];
            for (var c = 0; c < cells.Count; c++)
            {
                var tc = new TableCell();
                if (mergeFirstRow && r == 0 && c == 0 && cells.Count > 1)
                {
                    tc.Append(new TableCellProperties(new GridSpan { Val = 2 }));
                    tc.Append(Paragraph([new Piece(cells[0], Bold: true)], Role.Centered, size: 12));
                    tr.Append(tc);
                    c++;
                    continue;
                }
                tc.Append(Paragraph([new Piece(cells[c], Bold: r == 0)], Role.Centered, size: 12));
                tr.Append(tc);
            }
            table.Append(tr);
        }
        _body.Add(table);
        return this;
    }

    /// <summary>The 版记: 抄送 and the 印发 line between rules, in a table as offices set it.</summary>
    public OfficeDocx Record(string copies, string office, string printedDate)
    {
        _body.Add(Paragraph([]));
        var table = new Table(new TableProperties(new TableBorders(
            new TopBorder { Val = BorderValues.Single, Size = 8 }, new BottomBorder { Val = BorderValues.Single, Size = 8 },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 })));
        table.Append(new TableRow(new TableCell(Paragraph([new Piece("抄送：" + copies)], Role.Record))));
        table.Append(new TableRow(new TableCell(Paragraph([new Piece(office + "　　　　　　　" + printedDate + "印发")], Role.Record))));
        _body.Add(table);
        return this;
    }

    /// <summary>A picture in its own centred paragraph, inline, with its printed size.</summary>
    public OfficeDocx Picture(byte[] png, double widthMm, double heightMm, string description)
    {
        var id = $"rIdPic{_images.Count + 1}";
        _images.Add((id, png));
        long cx = (long)(widthMm * 36000), cy = (long)(heightMm * 36000);
        var n = 100 + _images.Count;
        _body.Add(new Paragraph($"""
            <w:p xmlns:w="{W}" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
              <w:pPr><w:jc w:val="center"/></w:pPr>
              <w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="{cx}" cy="{cy}"/><wp:docPr id="{n}" name="图片 {n}" descr="{SecurityElement.Escape(description)}"/>
                <a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic><pic:nvPicPr><pic:cNvPr id="0" name="image.png"/><pic:cNvPicPr/></pic:nvPicPr>
                <pic:blipFill><a:blip r:embed="{id}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic>
              </wp:inline></w:drawing></w:r>
            </w:p>
            """));
        return this;
    }

    public byte[] Save(bool withNumbering = true)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var styles = main.AddNewPart<StyleDefinitionsPart>();
            styles.Styles = StylesXml();
            if (withNumbering)
            {
                var numbering = main.AddNewPart<NumberingDefinitionsPart>();
                numbering.Numbering = NumberingXml();
            }
            foreach (var (id, bytes) in _images)
            {
                var part = main.AddImagePart(ImagePartType.Png, id);
                using var data = new MemoryStream(bytes);
                part.FeedData(data);
            }
            var body = new Body();
            foreach (var element in _body) body.Append(element.CloneNode(true));
            body.Append(new SectionProperties(
                new PageSize { Width = 11906, Height = 16838 },
                new PageMargin { Top = 2098, Bottom = 1984, Left = 1588, Right = 1474, Header = 851, Footer = 992 }));
            main.Document = new Document(body);
            main.Document.AddNamespaceDeclaration("wps", "http://schemas.microsoft.com/office/word/2010/wordprocessingShape");
            main.Document.AddNamespaceDeclaration("mc", "http://schemas.openxmlformats.org/markup-compatibility/2006");
            main.Document.AddNamespaceDeclaration("v", "urn:schemas-microsoft-com:vml");
            main.Document.AddNamespaceDeclaration("wp", "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing");
            main.Document.AddNamespaceDeclaration("a", "http://schemas.openxmlformats.org/drawingml/2006/main");
            main.Document.Save();
        }
        return stream.ToArray();
    }

    // ---- formatting --------------------------------------------------------------------------

    private (string Font, double Size, JustificationValues Align, int FirstLineChars, int RightChars, bool Bold, string? StyleId) Look(Role role) => role switch
    {
        Role.Title => ("方正小标宋简体", 22, JustificationValues.Center, 0, 0, false, "GwTitle"),
        Role.Heading1 => ("黑体", 16, JustificationValues.Both, 200, 0, false, "Heading1"),
        Role.Heading2 => ("楷体_GB2312", 16, JustificationValues.Both, 200, 0, false, "Heading2"),
        Role.Heading3 => ("仿宋_GB2312", 16, JustificationValues.Both, 200, 0, true, "Heading3"),
        Role.Addressee => ("仿宋_GB2312", 16, JustificationValues.Both, 0, 0, false, "GwAddressee"),
        Role.Signature => ("仿宋_GB2312", 16, JustificationValues.Right, 0, 400, false, "GwSignature"),
        Role.Date => ("仿宋_GB2312", 16, JustificationValues.Right, 0, 400, false, "GwSignature"),
        Role.Note => ("仿宋_GB2312", 16, JustificationValues.Both, 200, 0, false, null),
        Role.AttachmentLabel => ("黑体", 16, JustificationValues.Left, 0, 0, false, "GwAttachmentLabel"),
        Role.Record => ("仿宋_GB2312", 14, JustificationValues.Left, 0, 0, false, "GwRecord"),
        Role.Centered => ("仿宋_GB2312", 16, JustificationValues.Center, 0, 0, false, "GwCentered"),
        Role.DocNumber => ("仿宋_GB2312", 16, JustificationValues.Center, 0, 0, false, "GwCentered"),
        _ => ("仿宋_GB2312", 16, JustificationValues.Both, 200, 0, false, null),
    };

    private Paragraph Paragraph(IReadOnlyList<Piece> pieces, Role role = Role.Body, string? font = null, double? size = null, bool red = false,
        bool redRuleBelow = false, bool lineBreaks = false, int? numberingLevel = null)
    {
        var look = Look(role);
        var p = new Paragraph();
        var pPr = new ParagraphProperties();
        var direct = Formatting == Formatting.Direct || font is not null || size is not null || red;
        if (Formatting == Formatting.Styles && look.StyleId is not null && font is null) pPr.Append(new ParagraphStyleId { Val = look.StyleId });
        if (numberingLevel is { } level)
            pPr.Append(new NumberingProperties(new NumberingLevelReference { Val = level }, new NumberingId { Val = 1 }));
        if (redRuleBelow)
            pPr.Append(new ParagraphBorders(new BottomBorder { Val = BorderValues.Single, Size = 12, Space = 1, Color = "FF0000" }));
        if (direct || Formatting == Formatting.Direct)
        {
            pPr.Append(new SpacingBetweenLines { Line = "579", LineRule = LineSpacingRuleValues.Exact });
            if (look.FirstLineChars > 0 || look.RightChars > 0 || role is Role.Addressee)
                pPr.Append(new Indentation
                {
                    FirstLineChars = look.FirstLineChars > 0 ? look.FirstLineChars : null,
                    FirstLine = look.FirstLineChars > 0 ? (look.FirstLineChars * 32 / 10).ToString(CultureInfo.InvariantCulture) : null,
                    RightChars = look.RightChars > 0 ? look.RightChars : null,
                    Right = look.RightChars > 0 ? (look.RightChars * 32 / 10).ToString(CultureInfo.InvariantCulture) : null,
                });
            pPr.Append(new Justification { Val = look.Align });
            if (role == Role.Heading1 && Formatting == Formatting.Direct) pPr.Append(new OutlineLevel { Val = 0 });
        }
        if (pPr.HasChildren) p.Append(pPr);
        for (var i = 0; i < pieces.Count; i++)
        {
            if (lineBreaks && i > 0) p.Append(Run(new Piece(""), role, font, size, red, new Break()));
            foreach (var run in SplitLikeWps(pieces[i], role, font, size, red)) p.Append(run);
        }
        return p;
    }

    private IEnumerable<OpenXmlElement> SplitLikeWps(Piece piece, Role role, string? font, double? size, bool red)
    {
        if (!WpsRuns || piece.Text.Length < 4)
        {
            yield return Run(piece, role, font, size, red);
            yield break;
        }
        var at = 0;
        while (at < piece.Text.Length)
        {
            var length = Math.Min(piece.Text.Length - at, 1 + _random.Next(6));
            yield return Run(piece with { Text = piece.Text.Substring(at, length) }, role, font, size, red);
            at += length;
            if (at < piece.Text.Length)
            {
                switch (_random.Next(3))
                {
                    case 0: yield return new ProofError { Type = ProofingErrorValues.SpellStart }; break;
                    case 1:
                        var id = _random.Next(1000, 9999).ToString(CultureInfo.InvariantCulture);
                        yield return new BookmarkStart { Id = id, Name = "_GoBack" };
                        yield return new BookmarkEnd { Id = id };
                        break;
                }
            }
        }
    }

    private Run Run(Piece piece, Role role, string? font, double? size, bool red, OpenXmlElement? content = null)
    {
        var look = Look(role);
        var rPr = new RunProperties();
        var direct = Formatting == Formatting.Direct || font is not null || size is not null || red;
        if (direct)
        {
            var f = font ?? look.Font;
            rPr.Append(new RunFonts { Hint = FontTypeHintValues.EastAsia, Ascii = f, HighAnsi = f, EastAsia = f, ComplexScript = f });
        }
        if (piece.Bold || direct && look.Bold) rPr.Append(new Bold());
        if (red) rPr.Append(new Color { Val = "FF0000" });
        if (direct)
        {
            var half = ((int)Math.Round((size ?? look.Size) * 2)).ToString(CultureInfo.InvariantCulture);
            rPr.Append(new FontSize { Val = half });
            rPr.Append(new FontSizeComplexScript { Val = half });
        }
        if (piece.Shift == "sup") rPr.Append(new VerticalTextAlignment { Val = VerticalPositionValues.Superscript });
        if (piece.Shift == "sub") rPr.Append(new VerticalTextAlignment { Val = VerticalPositionValues.Subscript });
        if (WpsRuns) rPr.Append(new Languages { Val = "en-US", EastAsia = "zh-CN" });
        var run = new Run();
        if (rPr.HasChildren) run.Append(rPr);
        if (content is not null) run.Append(content);
        else run.Append(new Text(piece.Text) { Space = SpaceProcessingModeValues.Preserve });
        return run;
    }

    private Table HeadTable(IReadOnlyList<(string Issuer, string File)> rows)
    {
        var table = new Table(new TableProperties(
            new TableBorders(new TopBorder { Val = BorderValues.None }, new BottomBorder { Val = BorderValues.None },
                new LeftBorder { Val = BorderValues.None }, new RightBorder { Val = BorderValues.None },
                new InsideHorizontalBorder { Val = BorderValues.None }, new InsideVerticalBorder { Val = BorderValues.None }),
            new TableJustification { Val = TableRowAlignmentValues.Center }));
        table.Append(new TableGrid(new GridColumn { Width = "6500" }, new GridColumn { Width = "2300" }));
        for (var i = 0; i < rows.Count; i++)
        {
            var issuerCell = new TableCell(Paragraph([new Piece(rows[i].Issuer)], Role.Centered, font: "方正小标宋简体", size: 30, red: true));
            var fileCell = new TableCell();
            if (i == 0)
            {
                fileCell.Append(new TableCellProperties(new VerticalMerge { Val = MergedCellValues.Restart }, new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center }));
                fileCell.Append(Paragraph([new Piece("文件")], Role.Centered, font: "方正小标宋简体", size: 42, red: true));
            }
            else
            {
                fileCell.Append(new TableCellProperties(new VerticalMerge()));
                fileCell.Append(new Paragraph());
            }
            table.Append(new TableRow(issuerCell, fileCell));
        }
        return table;
    }

    /// <summary>A text box holding the 发文机关标志, written as WPS and Word do: the DrawingML choice and a VML fallback with the same text.</summary>
    private Paragraph TextBoxParagraph(IReadOnlyList<string> lines)
    {
        var id = _shapeId++;
        var content = new StringBuilder();
        foreach (var line in lines)
            content.Append($"<w:p><w:pPr><w:jc w:val=\"distribute\"/></w:pPr><w:r><w:rPr><w:rFonts w:hint=\"eastAsia\" w:ascii=\"方正小标宋简体\" w:hAnsi=\"方正小标宋简体\" w:eastAsia=\"方正小标宋简体\"/><w:color w:val=\"FF0000\"/><w:w w:val=\"80\"/><w:sz w:val=\"72\"/></w:rPr><w:t>{SecurityElement.Escape(line)}</w:t></w:r></w:p>");
        var xml = $"""
            <w:p xmlns:w="{W}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:w10="urn:schemas-microsoft-com:office:word">
              <w:r>
                <mc:AlternateContent>
                  <mc:Choice Requires="wps">
                    <w:drawing>
                      <wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264" behindDoc="0" locked="1" layoutInCell="1" allowOverlap="1">
                        <wp:simplePos x="0" y="0"/>
                        <wp:positionH relativeFrom="page"><wp:posOffset>1008380</wp:posOffset></wp:positionH>
                        <wp:positionV relativeFrom="page"><wp:posOffset>1259840</wp:posOffset></wp:positionV>
                        <wp:extent cx="5543550" cy="1094740"/>
                        <wp:effectExtent l="0" t="0" r="0" b="0"/>
                        <wp:wrapNone/>
                        <wp:docPr id="{id}" name="文本框 {id}"/>
                        <wp:cNvGraphicFramePr/>
                        <a:graphic>
                          <a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
                            <wps:wsp>
                              <wps:cNvSpPr txBox="1"/>
                              <wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="5543550" cy="1094740"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/><a:ln><a:noFill/></a:ln></wps:spPr>
                              <wps:txbx><w:txbxContent>{content}</w:txbxContent></wps:txbx>
                              <wps:bodyPr rot="0" vert="horz" wrap="square" lIns="0" tIns="0" rIns="0" bIns="0" anchor="t" anchorCtr="0"/>
                            </wps:wsp>
                          </a:graphicData>
                        </a:graphic>
                      </wp:anchor>
                    </w:drawing>
                  </mc:Choice>
                  <mc:Fallback>
                    <w:pict>
                      <v:shape id="文本框 {id}" o:spid="_x0000_s{1025 + id}" type="#_x0000_t202" style="position:absolute;margin-left:79.4pt;margin-top:99.2pt;width:436.5pt;height:86.2pt;z-index:251659264;mso-position-horizontal-relative:page;mso-position-vertical-relative:page" filled="f" stroked="f" xmlns:o="urn:schemas-microsoft-com:office:office">
                        <v:textbox inset="0,0,0,0"><w:txbxContent>{content}</w:txbxContent></v:textbox>
                        <w10:anchorlock/>
                      </v:shape>
                    </w:pict>
                  </mc:Fallback>
                </mc:AlternateContent>
              </w:r>
            </w:p>
            """;
        return new Paragraph(xml);
    }

    /// <summary>The red separator as a drawn line (WPS: a DrawingML line with a VML fallback).</summary>
    private Paragraph RedLineParagraph()
    {
        var id = _shapeId++;
        var xml = $"""
            <w:p xmlns:w="{W}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:v="urn:schemas-microsoft-com:vml">
              <w:r>
                <mc:AlternateContent>
                  <mc:Choice Requires="wps">
                    <w:drawing>
                      <wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="251660288" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">
                        <wp:simplePos x="0" y="0"/>
                        <wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>
                        <wp:positionV relativeFrom="paragraph"><wp:posOffset>99060</wp:posOffset></wp:positionV>
                        <wp:extent cx="5615940" cy="0"/>
                        <wp:effectExtent l="0" t="12700" r="0" b="12700"/>
                        <wp:wrapNone/>
                        <wp:docPr id="{id}" name="直接连接符 {id}"/>
                        <wp:cNvGraphicFramePr/>
                        <a:graphic>
                          <a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
                            <wps:wsp>
                              <wps:cNvCnPr/>
                              <wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="5615940" cy="0"/></a:xfrm><a:prstGeom prst="line"><a:avLst/></a:prstGeom><a:ln w="25400"><a:solidFill><a:srgbClr val="FF0000"/></a:solidFill></a:ln></wps:spPr>
                              <wps:bodyPr/>
                            </wps:wsp>
                          </a:graphicData>
                        </a:graphic>
                      </wp:anchor>
                    </w:drawing>
                  </mc:Choice>
                  <mc:Fallback>
                    <w:pict><v:line id="直接连接符 {id}" style="position:absolute;z-index:251660288" from="0,7.8pt" to="442.2pt,7.8pt" strokecolor="red" strokeweight="2pt"/></w:pict>
                  </mc:Fallback>
                </mc:AlternateContent>
              </w:r>
            </w:p>
            """;
        return new Paragraph(xml);
    }

    private Styles StylesXml()
    {
        Style ParagraphStyle(string id, string name, string font, double size, JustificationValues align, int firstLineChars, int rightChars, bool bold, int? outline, string? basedOn = "Normal")
        {
            var pPr = new StyleParagraphProperties(new SpacingBetweenLines { Line = "579", LineRule = LineSpacingRuleValues.Exact });
            if (firstLineChars > 0 || rightChars > 0)
                pPr.Append(new Indentation
                {
                    FirstLineChars = firstLineChars > 0 ? firstLineChars : null,
                    FirstLine = firstLineChars > 0 ? (firstLineChars * 32 / 10).ToString(CultureInfo.InvariantCulture) : null,
                    RightChars = rightChars > 0 ? rightChars : null,
                    Right = rightChars > 0 ? (rightChars * 32 / 10).ToString(CultureInfo.InvariantCulture) : null,
                });
            else if (id != "Normal") pPr.Append(new Indentation { FirstLineChars = 0, FirstLine = "0" });
            pPr.Append(new Justification { Val = align });
            if (outline is { } o) pPr.Append(new OutlineLevel { Val = o });
            var rPr = new StyleRunProperties(new RunFonts { Hint = FontTypeHintValues.EastAsia, Ascii = font, HighAnsi = font, EastAsia = font },
                new FontSize { Val = ((int)(size * 2)).ToString(CultureInfo.InvariantCulture) });
            if (bold) rPr.Append(new Bold());
            var style = new Style { Type = StyleValues.Paragraph, StyleId = id };
            style.Append(new StyleName { Val = name });
            if (basedOn is not null && id != "Normal") style.Append(new BasedOn { Val = basedOn });
            style.Append(pPr);
            style.Append(rPr);
            if (id == "Normal") style.Default = true;
            return style;
        }

        return new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(new RunFonts { Ascii = "Times New Roman", HighAnsi = "Times New Roman", EastAsia = "宋体" },
                    new FontSize { Val = "21" }, new Languages { Val = "en-US", EastAsia = "zh-CN" })),
                new ParagraphPropertiesDefault()),
            ParagraphStyle("Normal", Formatting == Formatting.Styles ? "正文" : "Normal", "仿宋_GB2312", 16, JustificationValues.Both, 200, 0, false, null, null),
            ParagraphStyle("GwTitle", "公文标题", "方正小标宋简体", 22, JustificationValues.Center, 0, 0, false, null),
            ParagraphStyle("Heading1", "heading 1", "黑体", 16, JustificationValues.Both, 200, 0, false, 0),
            ParagraphStyle("Heading2", "heading 2", "楷体_GB2312", 16, JustificationValues.Both, 200, 0, false, 1),
            ParagraphStyle("Heading3", "heading 3", "仿宋_GB2312", 16, JustificationValues.Both, 200, 0, true, 2),
            ParagraphStyle("GwAddressee", "主送机关", "仿宋_GB2312", 16, JustificationValues.Both, 0, 0, false, null),
            ParagraphStyle("GwSignature", "署名", "仿宋_GB2312", 16, JustificationValues.Right, 0, 400, false, null),
            ParagraphStyle("GwAttachmentLabel", "附件标识", "黑体", 16, JustificationValues.Left, 0, 0, false, null),
            ParagraphStyle("GwRecord", "版记", "仿宋_GB2312", 14, JustificationValues.Left, 0, 0, false, null),
            ParagraphStyle("GwCentered", "居中", "仿宋_GB2312", 16, JustificationValues.Center, 0, 0, false, null));
    }

    /// <summary>一、 （一） 1. （1）: the usual four levels of a Chinese official document, as one list.</summary>
    private static Numbering NumberingXml()
    {
        Level Lvl(int index, NumberFormatValues format, string text, int indentChars) => new(
            new StartNumberingValue { Val = 1 },
            new NumberingFormat { Val = format },
            new LevelText { Val = text },
            new LevelSuffix { Val = LevelSuffixValues.Nothing },
            new LevelJustification { Val = LevelJustificationValues.Left },
            new PreviousParagraphProperties(new Indentation { FirstLineChars = indentChars, FirstLine = (indentChars * 32 / 10).ToString(CultureInfo.InvariantCulture) }))
        { LevelIndex = index };

        var abstractNum = new AbstractNum(
            new MultiLevelType { Val = MultiLevelValues.Multilevel },
            Lvl(0, NumberFormatValues.ChineseCounting, "%1、", 200),
            Lvl(1, NumberFormatValues.ChineseCounting, "（%2）", 200),
            Lvl(2, NumberFormatValues.Decimal, "%3.", 200),
            Lvl(3, NumberFormatValues.Decimal, "（%4）", 200))
        { AbstractNumberId = 0 };
        return new Numbering(abstractNum, new NumberingInstance(new AbstractNumId { Val = 0 }) { NumberID = 1 });
    }
}
