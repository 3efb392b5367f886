using GazettePress.Publishing.Templates;

namespace GazettePress.Publishing.Tests.Composition;

/// <summary>Issue models built in code, and the repository's folders, for composition tests.</summary>
internal static class TestIssues
{
    public static string RepoRoot { get; } = FindRoot();

    public static string TemplatesDirectory => Path.Combine(RepoRoot, "templates");

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "GazettePress.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("GazettePress.sln not found above the test binaries");
    }

    /// <summary>Copies templates/ to a fresh temp folder so a test can edit it.</summary>
    public static string CopyTemplates()
    {
        var target = Path.Combine(Path.GetTempPath(), "gp-templates-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(TemplatesDirectory))
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        return target;
    }

    public static string Paragraphs(int count, int length, string seed = "本细则适用对象为我市基干民兵和编组基干民兵的企事业单位")
    {
        var sb = new System.Text.StringBuilder();
        for (var i = 0; i < count; i++)
        {
            var text = string.Concat(Enumerable.Repeat(seed, length / seed.Length + 1))[..length];
            sb.Append($"<p id=\"b-{i + 1}\">{text}。</p>\n");
        }
        return sb.ToString();
    }

    public static IssueModel Small(int documents = 3, int paragraphsPerDocument = 12)
    {
        var docs = new List<DocumentModel>();
        for (var i = 1; i <= documents; i++)
        {
            docs.Add(new DocumentModel
            {
                Id = $"0{i}-test-{i}",
                Kind = "通知",
                Registration = i == 1 ? "JCZG-01-2025-0001" : "",
                TitleLines = ["晋城市人民政府办公室", $"关于印发测试文件第{i}号的通知"],
                DocNumber = $"晋市政办〔2025〕{20 + i}号",
                Addressee = "各县（市、区）人民政府，市人民政府各委、办、局：",
                NoticeHtml = "<p id=\"b-0\">现将《测试方案》印发给你们，请认真贯彻执行。</p>",
                Issuers = ["晋城市人民政府办公室"],
                Date = "2025年11月6日",
                Publicity = "（此件公开发布）",
                AttachedHtml = "<h1 class=\"attached-title\" id=\"rules\">测试方案</h1>\n<h2 class=\"chapter\" id=\"h-1\">第一章　总　则</h2>\n" + TestIssues.Paragraphs(paragraphsPerDocument * i, 150),
                Attachments = i == 2 ? [new AttachmentModel { Number = 1, Title = "分级标准", OnlineOnly = true }] : [],
                Consultation = [new LabelValue { Label = "咨询单位", Value = "晋城市人民政府办公室" }, new LabelValue { Label = "政策咨询电话", Value = "2198496" }],
                Qr = new QrModel { Url = $"http://www.jcgov.gov.cn/zcjd/{i}.shtml", Caption = "政策解读" },
                SourcePath = $"docs/0{i}.md",
            });
        }
        return new IssueModel
        {
            Gazette = new GazetteModel
            {
                Title = "晋城市人民政府公报",
                Pinyin = "JINCHENGSHI RENMIN ZHENGFU GONGBAO",
                Sponsor = "晋城市人民政府办公室",
                Frequency = "双月刊",
                EditionUrl = "http://www.jcgov.gov.cn/",
            },
            Year = 2025,
            Number = 6,
            Cumulative = 294,
            Published = "2025年12月28日",
            PublishedDate = new DateOnly(2025, 12, 28),
            Intro = ["《晋城市人民政府公报》是市政府发布政令、信息公开的法定载体。"],
            Sections =
            [
                new SectionModel { Title = "市政府文件", Documents = docs.Take(1).ToList() },
                new SectionModel { Title = "市政府办公室文件", Documents = docs.Skip(1).ToList() },
            ],
            Colophon = [new LabelValue { Label = "主办单位", Value = "晋城市人民政府办公室" }, new LabelValue { Label = "电话", Value = "(0356)2198496" }],
            Cover = new CoverModel { QrCaption = "掌上公报" },
            BackCover = new BackCoverModel { Text = "丁巳年夏月　王維詩一首" },
            Name = "test-2025-06",
            IssueDirectory = Path.GetTempPath(),
        };
    }
}
