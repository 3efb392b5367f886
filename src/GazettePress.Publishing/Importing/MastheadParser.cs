using System.Text.RegularExpressions;

namespace GazettePress.Importing;

/// <summary>What the front pages say, each field null when it could not be read.</summary>
internal sealed record MastheadReading
{
    public string? Title { get; set; }
    public string? Pinyin { get; set; }
    public string? Sponsor { get; set; }
    public string? Frequency { get; set; }
    public int? Year { get; set; }
    public int? Number { get; set; }
    public int? Cumulative { get; set; }
    public DateOnly? Published { get; set; }

    /// <summary>A 出版 line whose date is not a real date: its year and month, and the line.</summary>
    public (int Year, int Month, int Line, string Text)? BadPublished { get; set; }

    public List<string> Intro { get; } = new();
    public List<LabelValue> EditorialBoard { get; } = new();

    /// <summary>A 【section】 label printed among the masthead lines (two-column layouts move it there).</summary>
    public string? DisplacedSection { get; set; }
}

/// <summary>The facts printed on the cover and the inner masthead, after every repair and fallback.</summary>
internal sealed record Masthead(
    string Title,
    string? Pinyin,
    string Sponsor,
    string? Frequency,
    string? EditionUrl,
    int Year,
    int Number,
    int? Cumulative,
    DateOnly Published);

/// <summary>
/// The cover and inner masthead (title, pinyin line, year, 第N期, 总第N期, 主办, 出版 date and
/// frequency), the 简介 and the 编辑委员会, read from the lines before the 目录. Each field is read
/// on its own; one that cannot be read stays null for the importer to fill with a marked value.
/// Digits misread as letters (2O25, 第l期) are repaired and noted.
/// </summary>
internal static partial class MastheadParser
{
    /// <summary>The line index of the 目录 heading (OCR-tolerant: 日录, 目 錄, 目次), or -1.</summary>
    public static int FindTocHeading(IReadOnlyList<SourceLine> lines, int limit, ReviewLog review)
    {
        for (var i = 0; i < limit && i < lines.Count; i++)
        {
            var compact = SpaceNormalizer.Label(CjkText.FoldWidth(lines[i].Text)).Trim('*', '#');
            if (compact is "目录" or "目次" or "目錄" or "CONTENTS" or "Contents") return i;
            if (compact.Length == 2 && "目日自曰月且田".Contains(compact[0]) && "录錄彔次泉绿隶".Contains(compact[1])
                && (compact[0] == '目' || compact[1] is '录' or '次' or '錄'))
            {
                review.Note(ReviewCategory.Toc, lines[i].Number, ImportMessages.TocHeadingRepaired, ("text", lines[i].Text));
                return i;
            }
        }
        return -1;
    }

    public static MastheadReading Parse(IReadOnlyList<SourceLine> lines, int end, ReviewLog review)
    {
        var reading = new MastheadReading();
        int? yearOnly = null;
        string? block = null;
        for (var i = 0; i < end && i < lines.Count; i++)
        {
            var text = lines[i].Text;
            if (text.Length == 0) continue;
            var compact = CjkText.FoldWidth(text).Replace(" ", "").Replace("\t", "");
            var digits = RepairDigits(compact);
            Match m;
            if (reading.Title is null && IsGazetteTitle(compact))
            {
                reading.Title = compact;
                block = null;
            }
            else if (compact == reading.Title) block = null;
            else if (reading.Pinyin is null && Pinyin().IsMatch(text.Trim())) reading.Pinyin = Regex.Replace(text.Trim(), " +", " ");
            else if (TocParser.SectionLabel(text, out var label, out _) && text.TrimStart().StartsWith('【'))
            {
                reading.DisplacedSection ??= label;
                review.Note(ReviewCategory.Toc, lines[i].Number, ImportMessages.SectionInMasthead, ("label", label));
            }
            else if ((m = IssueNumber().Match(digits)).Success)
            {
                Repaired(lines[i], compact, digits, review);
                if (m.Groups["y"].Success) reading.Year ??= int.Parse(m.Groups["y"].Value);
                if (m.Groups["n"].Success) reading.Number ??= Number(m.Groups["n"].Value);
                if (m.Groups["c"].Success) reading.Cumulative ??= int.Parse(m.Groups["c"].Value);
                if (m.Groups["f"].Success) reading.Frequency ??= m.Groups["f"].Value;
            }
            else if (YearOnly().IsMatch(digits))
            {
                Repaired(lines[i], compact, digits, review);
                yearOnly ??= int.Parse(digits[..4]);
            }
            else if ((m = PublishedLine().Match(digits)).Success)
            {
                Repaired(lines[i], compact, digits, review);
                if (TryDate(m.Groups["y"].Value, m.Groups["m"].Value, m.Groups["d"].Value, out var date)) reading.Published ??= date;
                else if (int.TryParse(m.Groups["y"].Value, out var y) && int.TryParse(m.Groups["m"].Value, out var mo))
                    reading.BadPublished ??= (y, mo, lines[i].Number, text.Trim());
                if (m.Groups["f"].Success) reading.Frequency ??= m.Groups["f"].Value;
            }
            else if ((m = FrequencyLine().Match(compact)).Success) reading.Frequency ??= m.Groups["f"].Value;
            else if (compact.Length <= 24 && (m = CumulativeInside().Match(digits)).Success)
            {
                // （月刊　总第215期）: the cumulative number and the frequency in one bracket, without 第N期.
                Repaired(lines[i], compact, digits, review);
                reading.Cumulative ??= int.Parse(m.Groups["c"].Value);
                if (FrequencyInside().Match(compact) is { Success: true } f) reading.Frequency ??= f.Value;
            }
            else if ((m = SponsorLine().Match(compact)).Success && reading.Sponsor is null) reading.Sponsor = m.Groups[1].Value;
            else if (compact is "简介" or "本刊简介") block = "intro";
            else if (compact is "编辑委员会" or "编委会") block = "board";
            else if (block == "intro") reading.Intro.Add(BodyText.Clean(text));
            else if (block == "board")
            {
                var labelLine = LabelLine().Match(text);
                if (labelLine.Success && ColophonParser.IsColophonLabel(labelLine.Groups[1].Value)) block = null;
                else ReadBoardLine(lines[i], reading.EditorialBoard);
            }
        }
        reading.Year ??= yearOnly ?? reading.Published?.Year;
        return reading;
    }

    private static void Repaired(SourceLine line, string compact, string digits, ReviewLog review)
    {
        if (compact != digits)
            review.Note(ReviewCategory.Masthead, line.Number, ImportMessages.MastheadDigitsRepaired, ("before", compact), ("after", digits));
    }

    /// <summary>The gazette's name: a short line ending in 公报 (政府公报, 人民政府公报, 区政府公报).</summary>
    public static bool IsGazetteTitle(string compact) =>
        compact.Length is >= 4 and <= 24 && compact.EndsWith("公报", StringComparison.Ordinal) && CjkText.ContainsIdeograph(compact[..^2])
        && !compact.Contains('《') && !compact.Contains('年');

    /// <summary>A running head: the gazette's name, or an issue line (2025年第6期).</summary>
    public static bool IsRunningHeadLike(string text)
    {
        var compact = CjkText.FoldWidth(text).Replace(" ", "");
        return IsGazetteTitle(compact) || IssueNumber().IsMatch(compact) && compact.Length <= 24;
    }

    /// <summary>Letters OCR reads for digits, only between or beside digits and 年/期/月/日.</summary>
    private static string RepairDigits(string compact)
    {
        if (!DigitContext().IsMatch(compact)) return compact;
        return DigitLike().Replace(compact, m => m.Value switch
        {
            "O" or "o" or "〇" or "Q" or "D" => "0",
            "l" or "I" or "|" or "i" => "1",
            "Z" or "z" => "2",
            "S" or "s" => "5",
            "б" or "b" => "6",
            "B" => "8",
            "g" or "q" => "9",
            var v => v,
        });
    }

    private static int Number(string s) =>
        int.TryParse(s, out var n) ? n : CjkText.ChineseNumber(s) ?? 0;

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
        if (year is < 1949 or > 2100 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
        date = new DateOnly(year, month, day);
        return true;
    }

    [GeneratedRegex(@"^[A-Z]{3,}(?: +[A-Z]{2,})+$")]
    private static partial Regex Pinyin();

    [GeneratedRegex(@"^(?:(?<y>(?:19|20)[0-9]{2})年)?第(?<n>[0-9]{1,3}|[一二三四五六七八九十]{1,3})期[(（]?(?:总第(?<c>[0-9]{1,5})期)?[)）]?(?:[(（](?<f>[^()（）]{1,6}刊)[)）])?$|^(?:(?<y>(?:19|20)[0-9]{2})年)?总第(?<c>[0-9]{1,5})期$")]
    private static partial Regex IssueNumber();

    [GeneratedRegex(@"^(?:19|20)[0-9]{2}年?$")]
    private static partial Regex YearOnly();

    [GeneratedRegex(@"^(?:出版日期[:：]?)?(?<y>[0-9]{4})年(?<m>[0-9]{1,2})月(?<d>[0-9]{1,2})日(?:出版)?(?:[(（](?<f>[^()（）]{1,6}刊)[)）])?$")]
    private static partial Regex PublishedLine();

    [GeneratedRegex(@"^[(（]?(?<f>(?:双月|月|季|季度|半月|旬|年|半年)刊)[)）]?$")]
    private static partial Regex FrequencyLine();

    [GeneratedRegex(@"总第(?<c>[0-9]{1,5})期")]
    private static partial Regex CumulativeInside();

    [GeneratedRegex(@"(?:双月|半月|季度|半年|月|季|旬|年)刊")]
    private static partial Regex FrequencyInside();

    [GeneratedRegex(@"^(.{2,30}?)主办$")]
    private static partial Regex SponsorLine();

    [GeneratedRegex(@"[0-9].*[年期月日]|[年第].*[0-9]|^[0-9OolI|ZSB]{4}年?$")]
    private static partial Regex DigitContext();

    [GeneratedRegex(@"(?<=[0-9OolI|第年总]|^)[OolI|QDZzSsбbBgq](?=[0-9OolI|ZSBб期年月日号]|$)|(?<=[0-9])[OolI|ZzSsбBgq]")]
    private static partial Regex DigitLike();

    [GeneratedRegex(@"^([^:：]{1,8})[:：]\s*(.*)$")]
    internal static partial Regex LabelLine();
}
