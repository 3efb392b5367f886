using System.Globalization;
using System.Text.RegularExpressions;
using GazettePress.Importing;

namespace GazettePress.Intake.Recognition;

/// <summary>The textual shapes of GB/T 9704 parts: 文号, dates, 密级, 附件, 版记, 文种 …</summary>
internal static partial class Patterns
{
    private static readonly string[] PrintedKinds =
    [
        "决议", "决定", "命令", "公报", "公告", "通告", "意见", "通知", "通报", "报告", "请示", "批复", "议案", "纪要", "函", "令",
        "规定", "办法", "细则", "方案", "规则", "条例", "预案", "规划", "措施", "清单", "目录", "标准", "意见", "制度", "指引", "指南",
    ];

    /// <summary>The 文种 a title ends with (关于印发…的通知 is a 通知; 办法（试行） is an 办法), or null.</summary>
    public static string? KindOf(string title)
    {
        var t = Compact(title);
        while (t.EndsWith('）') && t.LastIndexOf('（') is var open and > 0) t = t[..open];
        foreach (var kind in PrintedKinds.OrderByDescending(k => k.Length))
            if (t.EndsWith(kind, StringComparison.Ordinal)) return kind;
        return null;
    }

    /// <summary>Text without any whitespace (titles spaced for print: 通　知).</summary>
    public static string Compact(string s) => new(s.Where(c => !char.IsWhiteSpace(c) && c != '\u3000').ToArray());

    /// <summary>A 文号 alone on its line (also in brackets, with spaces or wrong brackets), normalised; null otherwise.</summary>
    public static string? DocNumber(string text)
    {
        var t = Compact(text);
        if (t.Length is < 5 or > 40) return null;
        return DocNumberText.Normalize(t);
    }

    /// <summary>第5号 on its own line under a 令's 版头.</summary>
    public static int? OrderNumber(string text)
    {
        var m = OrderNumberLine().Match(Compact(CjkText.FoldWidth(text)));
        return m.Success ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : null;
    }

    /// <summary>A 文号 at the start of a line followed by 签发人：… (上行文).</summary>
    public static (string DocNumber, string Signer)? DocNumberWithSigner(string text)
    {
        var m = DocNumberSigner().Match(text.Trim());
        if (!m.Success || DocNumber(m.Groups[1].Value) is not { } number) return null;
        return (number, m.Groups[2].Value.Trim());
    }

    public static bool IsCopyNumber(string text) => CopyNumber().IsMatch(Compact(text));

    public static bool IsSecrecy(string text) => Secrecy().IsMatch(Compact(text));

    public static bool IsUrgency(string text) => Urgency().IsMatch(Compact(text));

    public static bool IsSignerLine(string text) => SignerLine().IsMatch(text.Trim());

    /// <summary>晋城市人民政府文件 → 晋城市人民政府; null when the line is no 发文机关标志.</summary>
    public static string? HeadIssuer(string text)
    {
        var t = Compact(text);
        if (t.Length is < 3 or > 40) return null;
        if (t.EndsWith("文件", StringComparison.Ordinal) && t.Length > 2) return t[..^2];
        return null;
    }

    public static string? Registration(string text)
    {
        var t = Compact(CjkText.FoldWidth(text));
        if (t.StartsWith("登记号", StringComparison.Ordinal)) t = t[3..].TrimStart(':', '：');
        var m = RegistrationCode().Match(t);
        return m.Success ? Regex.Replace(m.Value, "[—–－‐]", "-") : null;
    }

    /// <summary>A date written as 2025年11月6日, ２０２５年…, or 二〇二五年十一月六日; the paragraph must be only the date.</summary>
    public static DateParse? Date(string text)
    {
        var t = Compact(CjkText.FoldWidth(text));
        var m = ArabicDate().Match(t);
        if (m.Success) return Make(t, int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture));
        m = HanDate().Match(t);
        if (m.Success)
        {
            var year = 0;
            foreach (var c in m.Groups[1].Value) year = year * 10 + "〇一二三四五六七八九".IndexOf(c == '零' || c == 'О' || c == 'o' || c == 'O' ? '〇' : c);
            var month = CjkText.ChineseNumber(m.Groups[2].Value);
            var day = CjkText.ChineseNumber(m.Groups[3].Value);
            if (month is { } mo && day is { } d) return Make(t, year, mo, d);
        }
        return null;
    }

    private static DateParse Make(string text, int year, int month, int day)
    {
        DateOnly? date = year is >= 1949 and <= 2100 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day) : null;
        return new DateParse(text, date);
    }

    /// <summary>附件：1.… / 附件: … at the start of a line.</summary>
    public static bool StartsAttachmentList(string text) => AttachmentListStart().IsMatch(text.TrimStart());

    /// <summary>附件 / 附件1 / 附件 2 alone: the label at the top of an attachment's page.</summary>
    public static int? AttachmentLabel(string text)
    {
        var t = Compact(CjkText.FoldWidth(text));
        var m = AttachmentLabelLine().Match(t);
        if (!m.Success) return null;
        return m.Groups[1].Value.Length == 0 ? 0 : int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
    }

    /// <summary>1．title / 2、title inside an attachment list: the number and the title.</summary>
    public static (int Number, string Title)? NumberedItem(string text)
    {
        var m = ItemNumber().Match(CjkText.FoldWidth(text.Trim()));
        return m.Success ? (int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), text.Trim()[m.Length..].Trim()) : null;
    }

    /// <summary>（此件公开发布） and other 附注 in brackets.</summary>
    public static bool IsNote(string text)
    {
        var t = text.Trim();
        return t.Length is >= 4 and <= 80 && t[0] is '（' or '(' && t[^1] is '）' or ')';
    }

    public static bool IsRecordLine(string text)
    {
        var t = Compact(text);
        return t.StartsWith("抄送", StringComparison.Ordinal) || t.StartsWith("抄报", StringComparison.Ordinal) || t.StartsWith("分送", StringComparison.Ordinal)
               || t.StartsWith("主题词", StringComparison.Ordinal) || PrintedBy().IsMatch(t) || CopiesPrinted().IsMatch(t);
    }

    /// <summary>Text that is probably 版记 but not certainly: 印发 with no date, a lone issuing office line at the very end.</summary>
    public static bool MightBeRecord(string text)
    {
        var t = Compact(text);
        return t.EndsWith("印发", StringComparison.Ordinal) || t.Contains("印发日期") || t.StartsWith("发：", StringComparison.Ordinal);
    }

    public static bool IsConsultation(string text)
    {
        var t = Compact(text);
        return ConsultationLabel().IsMatch(t);
    }

    public static bool IsQrCaption(string text)
    {
        var t = Compact(text);
        return t.Length <= 12 && (t.Contains("解读") || t.Contains("扫码") || t.Contains("扫一扫") || t.Contains("二维码"));
    }

    /// <summary>市长　张三: a 令's signer (title and name).</summary>
    public static bool IsSignerOfOrder(string text)
    {
        var t = text.Trim();
        return OrderSigner().IsMatch(t);
    }

    /// <summary>Splits label：value (the first full-width or ASCII colon).</summary>
    public static (string Label, string Value)? LabelValue(string text)
    {
        var t = text.Trim();
        var i = t.IndexOfAny(['：', ':']);
        if (i <= 0 || i == t.Length - 1) return null;
        return (Compact(t[..i]), t[(i + 1)..].Trim());
    }

    public static bool EndsSentence(string text) => text.Length > 0 && text.TrimEnd()[^1] is '。' or '；' or '！' or '？' or '.' or ';' or '!' or '?' or '…';

    [GeneratedRegex(@"^第(\d{1,4})号$")]
    private static partial Regex OrderNumberLine();

    [GeneratedRegex(@"^(\S+?号)[\s\u3000]+签发人[：:]\s*(.+)$")]
    private static partial Regex DocNumberSigner();

    [GeneratedRegex(@"^[0-9０-９]{1,8}$")]
    private static partial Regex CopyNumber();

    [GeneratedRegex(@"^(绝密|机密|秘密)(★.{0,8})?$")]
    private static partial Regex Secrecy();

    [GeneratedRegex(@"^(特急|加急|特提|平急|急件|急)$")]
    private static partial Regex Urgency();

    [GeneratedRegex(@"^签发人[：:]")]
    private static partial Regex SignerLine();

    [GeneratedRegex(@"[A-Z]{2,6}[-—–－‐](?:\d{2}[-—–－‐])?\d{4}[-—–－‐]\d{3,5}")]
    private static partial Regex RegistrationCode();

    [GeneratedRegex(@"^((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})日$")]
    private static partial Regex ArabicDate();

    [GeneratedRegex(@"^([〇零一二三四五六七八九Оo]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日$")]
    private static partial Regex HanDate();

    [GeneratedRegex(@"^附\s*件\s*\d{0,2}\s*[：:]")]
    private static partial Regex AttachmentListStart();

    [GeneratedRegex(@"^附件(\d{0,2})$")]
    private static partial Regex AttachmentLabelLine();

    [GeneratedRegex(@"^(\d{1,2})\s*[.．、]\s*")]
    private static partial Regex ItemNumber();

    [GeneratedRegex(@"\d{4}年\d{1,2}月\d{1,2}日印发$")]
    private static partial Regex PrintedBy();

    [GeneratedRegex(@"^[（(]?共印\d+份[）)]?$")]
    private static partial Regex CopiesPrinted();

    [GeneratedRegex(@"^(咨询单位|政策咨询电话|咨询电话|政策咨询单位|咨询部门|解读单位|解读电话)[：:]")]
    private static partial Regex ConsultationLabel();

    [GeneratedRegex(@"^\S{1,8}(长|主任|书记|主席)[\s\u3000]+\S{2,5}$")]
    private static partial Regex OrderSigner();
}

/// <summary>A date line: what was written and the date, null when the date does not exist (2025年2月30日).</summary>
internal sealed record DateParse(string Text, DateOnly? Value);
