namespace GazettePress.Publishing.Tests.Intake;

/// <summary>
/// A notice issuing an action plan, typed the way a 市政府办公室 types it: red 版头, three-line title,
/// 主送机关, one paragraph of notice, 附件说明 with two items, 署名, 成文日期, （此件公开发布）, a page
/// break, the plan with headings numbered by Word (一、 （一）), bold run-in leads, items typed by
/// hand, a superscript, a table, a responsibility note, bold 组　长： lines, and a 版记 table.
/// Its Markdown is tests/data/intake/office-notice.md.
/// </summary>
internal static class OfficeNotice
{
    public static byte[] Build(Formatting formatting, HeadLayout head, bool wpsRuns, bool autoNumbering = true)
    {
        var d = new OfficeDocx(formatting, wpsRuns, seed: 7);
        d.Head(head, ["晋城市人民政府办公室"], "晋市政办〔2025〕31号");
        d.Title(["晋城市人民政府办公室", "关于印发晋城市城市更新行动", "实施方案的通知"], breaksInOneParagraph: formatting == Formatting.Styles);
        if (head == HeadLayout.None) d.Line("晋市政办〔2025〕31号", Role.DocNumber);
        d.Line("各县（市、区）人民政府，市人民政府各委、办、局：", Role.Addressee);
        d.Line("《晋城市城市更新行动实施方案》已经市人民政府同意，现印发给你们，请认真组织实施。");
        d.Empty();
        d.Line("附件：1．晋城市城市更新重点项目清单", Role.Note);
        d.Line("　　　2．晋城市城市更新工作专班成员名单", Role.Note);
        d.Empty().Empty();
        d.Line("晋城市人民政府办公室", Role.Signature);
        d.Line("2025年12月1日", Role.Date);
        d.Line("（此件公开发布）", Role.Note);
        d.PageBreak();
        d.Title(["晋城市城市更新行动实施方案"], false);
        d.Line("为推进城市高质量发展，改善人居环境，结合我市实际，制定本方案。");
        Heading(d, 0, "一、", "总体要求", Role.Heading1, autoNumbering);
        d.Add([new Piece("（一）指导思想。", Bold: true), new Piece("坚持以人民为中心的发展思想，统筹城市规划、建设、管理，推动城市结构优化、功能完善和品质提升。")]);
        d.Add([new Piece("（二）工作目标。", Bold: true), new Piece("到2027年，完成城镇老旧小区改造200个，城市基础设施更加完善。")]);
        Heading(d, 0, "二、", "重点任务", Role.Heading1, autoNumbering);
        Heading(d, 1, "（一）", "实施老旧小区改造", Role.Heading2, autoNumbering);
        d.Add([new Piece("1.改造面积达到120万m"), new Piece("2", Shift: "sup"), new Piece("，优先改造供水、排水、供热等管网。")]);
        d.Line("2.同步推进加装电梯、停车设施和无障碍环境建设。");
        Heading(d, 1, "（二）", "完善城市基础设施", Role.Heading2, autoNumbering);
        d.Table([["项目", "责任单位", "完成时限"], ["燃气管网更新", "市住建局", "2026年底"], ["排水防涝设施", "市水务局", "2027年6月"]]);
        Heading(d, 0, "三、", "保障措施", Role.Heading1, autoNumbering);
        d.Line("（一）加强组织领导。成立城市更新工作专班，统筹推进各项工作。〔责任单位：市住建局，各县（市、区）人民政府〕");
        d.Add([new Piece("组　长：", Bold: true), new Piece("市人民政府分管副市长。")]);
        d.Add([new Piece("副组长：", Bold: true), new Piece("市人民政府副秘书长、市住建局局长。")]);
        d.Record("市委办公室，市人大常委会办公室，市政协办公室。", "晋城市人民政府办公室", "2025年12月1日");
        return d.Save();
    }

    private static void Heading(OfficeDocx d, int level, string label, string text, Role role, bool autoNumbering)
    {
        if (autoNumbering) d.Add([new Piece(text)], role, numberingLevel: level);
        else d.Line(label + text, role);
    }
}
