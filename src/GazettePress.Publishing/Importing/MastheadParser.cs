using System.Text.RegularExpressions;

namespace GazettePress.Importing;

/// <summary>What the front pages hold besides the TOC.</summary>
internal sealed record FrontMatter(
    Masthead? Masthead,
    IReadOnlyList<string> Intro,
    IReadOnlyList<LabelValue> EditorialBoard,
    int TocStart,
    IReadOnlyList<(int Line, string Message)> Problems);

/// <summary>
/// Stage 3a: the cover and inner masthead (title, pinyin line, year, 第N期, 总第N期, 主办,
/// 出版 date and frequency), the 简介 and the 编辑委员会, all found before the 目录 line.
/// </summary>
internal static partial class MastheadParser
{
    public static FrontMatter Parse(IReadOnlyList<SourceLine> lines, ReviewLog review, string? colophonSponsor = null)
    {
        var problems = new List<(int Line, string Message)>();
        var tocStart = -1;
        for (var i = 0; i < lines.Count; i++)
            if (SpaceNormalizer.Label(lines[i].Text) is "目录" or "目次")
            {
                tocStart = i;
                break;
            }
        var end = tocStart < 0 ? Math.Min(lines.Count, 200) : tocStart;

        string? title = null, pinyin = null, sponsor = null, frequency = null;
        int? year = null, number = null, cumulative = null, yearOnly = null;
        DateOnly? published = null;
        var intro = new List<string>();
        var board = new List<LabelValue>();
        string? block = null;
        for (var i = 0; i < end; i++)
        {
            var text = lines[i].Text;
            if (text.Length == 0) continue;
            var compact = CjkText.FoldWidth(text).Replace(" ", "");
            Match m;
            if (title is null && compact.EndsWith("公报", StringComparison.Ordinal) && compact.Length <= 20)
            {
                title = compact;
                block = null;
            }
            else if (compact == title) block = null;
            else if (pinyin is null && Pinyin().IsMatch(text)) pinyin = Regex.Replace(text.Trim(), " +", " ");
            else if ((m = FullNumber().Match(compact)).Success)
            {
                year = int.Parse(m.Groups[1].Value);
                number = int.Parse(m.Groups[2].Value);
                cumulative = int.Parse(m.Groups[3].Value);
            }
            else if ((m = CoverNumber().Match(compact)).Success)
            {
                number ??= int.Parse(m.Groups[1].Value);
                cumulative ??= int.Parse(m.Groups[2].Value);
            }
            else if (YearOnly().IsMatch(compact)) yearOnly ??= int.Parse(compact);
            else if ((m = PublishedLine().Match(compact)).Success)
            {
                if (TryDate(m.Groups[1].Value, m.Groups[2].Value, m.Groups[3].Value, out var date)) published = date;
                else problems.Add((lines[i].Number, $"'{text}' is not a valid date"));
                if (m.Groups[4].Success) frequency = m.Groups[4].Value;
            }
            else if ((m = SponsorLine().Match(compact)).Success && sponsor is null) sponsor = m.Groups[1].Value;
            else if (compact is "简介") block = "intro";
            else if (compact is "编辑委员会" or "编委会") block = "board";
            else if (block == "intro") intro.Add(BodyText.Clean(text));
            else if (block == "board")
            {
                var label = LabelLine().Match(text);
                if (label.Success && ColophonParser.IsColophonLabel(label.Groups[1].Value)) block = null;
                else ReadBoardLine(lines[i], board);
            }
        }
        year ??= yearOnly;
        if (sponsor is null && colophonSponsor is not null)
        {
            sponsor = colophonSponsor;
            review.Note(ReviewCategory.Colophon, 1, $"no '…主办' line on the masthead; sponsor taken from the colophon's 主办单位: {sponsor}");
        }
        if (title is null) problems.Add((1, "no masthead title (a line ending in 公报) before the 目录"));
        if (year is null || number is null) problems.Add((1, "no issue number (2025年第6期 or 第6期(总第294期)) before the 目录"));
        if (published is null) problems.Add((1, "no publication line (2025年12月28日出版) before the 目录"));
        if (sponsor is null) problems.Add((1, "no sponsor line (…主办) before the 目录"));
        if (tocStart < 0) problems.Add((1, "no 目录 line"));
        var masthead = problems.Count == 0
            ? new Masthead(title!, pinyin, sponsor!, frequency, null, year!.Value, number!.Value, cumulative, published!.Value)
            : null;
        if (cumulative is null && masthead is not null)
            review.Note(ReviewCategory.Undecided, 1, "no 总第N期 found on the masthead; cumulative number left out");
        return new FrontMatter(masthead, intro, board, tocStart, problems);
    }

    /// <summary>编辑委员会 lines: "主 任：杨晓雷", or a label with an empty value followed by names.</summary>
    private static void ReadBoardLine(SourceLine line, List<LabelValue> board)
    {
        var m = LabelLine().Match(line.Text);
        if (m.Success)
        {
            board.Add(new LabelValue(SpaceNormalizer.Label(m.Groups[1].Value), Names(m.Groups[2].Value)));
        }
        else if (board.Count > 0)
        {
            var last = board[^1];
            var joined = last.Value.Length == 0 ? Names(line.Text) : last.Value + CjkText.IdeographicSpace + Names(line.Text);
            board[^1] = last with { Value = joined };
        }
    }

    /// <summary>A list of names keeps its separations as ideographic spaces (杨　浩 is one padded name).</summary>
    private static string Names(string text) =>
        Regex.Replace(text.Trim(), "[ \u3000]+", CjkText.IdeographicSpace.ToString());

    public static bool TryDate(string y, string mo, string d, out DateOnly date)
    {
        date = default;
        if (!int.TryParse(y, out var year) || !int.TryParse(mo, out var month) || !int.TryParse(d, out var day)) return false;
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
        date = new DateOnly(year, month, day);
        return true;
    }

    [GeneratedRegex(@"^[A-Z]{3,}(?: +[A-Z]{2,})+$")]
    private static partial Regex Pinyin();

    [GeneratedRegex(@"^(\d{4})年第(\d{1,3})期[(（]?总第(\d{1,5})期[)）]?$")]
    private static partial Regex FullNumber();

    [GeneratedRegex(@"^第(\d{1,3})期[(（]?总第(\d{1,5})期[)）]?$")]
    private static partial Regex CoverNumber();

    [GeneratedRegex(@"^\d{4}$")]
    private static partial Regex YearOnly();

    [GeneratedRegex(@"^(\d{4})年(\d{1,2})月(\d{1,2})日出版(?:[(（](.+?)[)）])?$")]
    private static partial Regex PublishedLine();

    [GeneratedRegex(@"^(.{2,30}?)主办$")]
    private static partial Regex SponsorLine();

    [GeneratedRegex(@"^([^:：]{1,8})[:：]\s*(.*)$")]
    internal static partial Regex LabelLine();
}
