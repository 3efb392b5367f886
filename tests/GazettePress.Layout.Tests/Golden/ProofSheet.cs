using GazettePress.Layout.DisplayList;
using GazettePress.Layout.Fonts;
using GazettePress.Layout.Paragraphs;
using GazettePress.Layout.Text;

namespace GazettePress.Layout.Tests.Golden;

/// <summary>
/// A page that shows each clreq case as the engine sets it, in narrow columns with faint guides at
/// the measure so compression, trims and justification can be seen.
/// </summary>
internal static class ProofSheet
{
    private const double PageWidth = 420, PageHeight = 595;     // A5
    private const double Margin = 28, Gutter = 20;
    private const double BodySize = 10.5;
    private const double ColumnEm = 16;
    private static readonly TextStyle Body = new(FontRole.Song, false, BodySize);
    private static readonly TextStyle Label = new(FontRole.Hei, true, 8);
    private static readonly TextStyle Note = new(FontRole.Kai, false, 7.5, Color: PaintColor.Gray(0.6));
    private static readonly PaintColor Guide = PaintColor.Rgb(0xE0, 0x40, 0x40);

    private static readonly (string Label, string Note, TextRun[] Runs, ParagraphStyle Style)[] Cases =
    {
        ("1 相邻标点挤压", "。” ）， 》、 ：“ 各占一个半字",
            Runs("他说：“人民群众满意。”随后（见附件1），又提出《条例》、《规定》和“三个一”。"), ParagraphStyle.Body),
        ("2 行末标点半宽", "行末的句号、逗号只占半个字，行长仍对齐",
            Runs("本办法自发布之日起施行，有效期五年。各县（市、区）人民政府，开发区管委会，市人民政府各委、办、局。"), ParagraphStyle.Body),
        ("3 行首开括号", "开括号在行首时去掉前面的半个字空白",
            Runs("市人民政府决定成立应急指挥部组织机构（以下简称指挥部），负责全市突发事件应对（含防汛抗旱）工作。"), ParagraphStyle.Body),
        ("4 汉字与西文、数字", "之间加四分之一字空，标点旁与行首行末不加",
            Runs("PM2.5浓度下降12%，全市GDP比2024年增长5.2个百分点，详见http://www.jcgov.gov.cn/网页。"), ParagraphStyle.Body),
        ("5 破折号与省略号", "——和……不拆开，不在其中加空",
            Runs("主要任务有三项——稳就业、保民生、促发展……各项工作扎实推进——成效明显……以上。"), ParagraphStyle.Body),
        ("6 孤字避免", "末行不只放一个字，从上一行拉下一字",
            Runs("各单位要加强组织领导明确责任分工确保各项措施落到实处切实提高水平。"), ParagraphStyle.Body),
        ("7 禁则", "句号、逗号、后引号不在行首；前引号、前书名号不在行末",
            Runs("认真贯彻“放管服”改革要求，落实《中华人民共和国行政许可法》《优化营商环境条例》，提升“一网通办”水平。"), ParagraphStyle.Body),
        ("8 字距与插入粗体", "标题“总则”加字距；条标题加粗接排",
            new[]
            {
                new TextRun("第一条", Body.WithBold()),
                new TextRun("　为规范和加强我市基干民兵优待和权益保障工作，制定本细则。", Body),
            }, ParagraphStyle.Body),
    };

    private static TextRun[] Runs(string text) => new[] { new TextRun(text, Body) };

    public static Page Build(ParagraphLayouter layouter)
    {
        var items = new List<PageItem>();
        double columnWidth = ColumnEm * BodySize;
        var title = layouter.Layout("GazettePress 排版校样（clreq）", new TextStyle(FontRole.Hei, true, 14), ParagraphStyle.Centered, PageWidth - 2 * Margin);
        items.AddRange(title.ToItems(Margin, Margin + 14));
        var heading = layouter.Layout("总则", Body with { Role = FontRole.Hei, Bold = true, SizePt = 12, LetterSpacingEm = 1 }, ParagraphStyle.Centered, PageWidth - 2 * Margin);
        items.AddRange(heading.ToItems(Margin, Margin + 36));

        double top = Margin + 56;
        double[] columnTop = { top, top };
        for (int i = 0; i < Cases.Length; i++)
        {
            var (label, note, runs, style) = Cases[i];
            int column = i < 4 ? 0 : 1;
            double x = Margin + column * (columnWidth + Gutter);
            double y = columnTop[column];
            var labelLayout = layouter.Layout(label, Label, new ParagraphStyle(ParagraphAlignment.Left, 0), columnWidth);
            items.AddRange(labelLayout.ToItems(x, y + 8));
            var noteLayout = layouter.Layout(note, Note, new ParagraphStyle(ParagraphAlignment.Left, 0, 10), columnWidth);
            items.AddRange(noteLayout.ToItems(x, y + 19));
            y += 19 + noteLayout.BaselineSpan + 6;
            var para = layouter.Layout(runs, style with { LeadingPt = 17 }, columnWidth);
            double firstBaseline = y + para.Lines[0].Ascent + 2;
            double bottom = firstBaseline + para.BaselineSpan + para.Lines[^1].Descent + 3;
            items.Add(new RuleItem(x, y, x, bottom, 0.3, Guide));
            items.Add(new RuleItem(x + columnWidth, y, x + columnWidth, bottom, 0.3, Guide));
            items.AddRange(para.ToItems(x, firstBaseline));
            columnTop[column] = bottom + 16;
        }
        return new Page(PageWidth, PageHeight, items);
    }
}
