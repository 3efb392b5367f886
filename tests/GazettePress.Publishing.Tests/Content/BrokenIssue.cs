namespace GazettePress.Publishing.Tests.Content;

/// <summary>
/// An issue with one injected error per entry of <see cref="Expected"/>; the loader must report
/// each exactly once, at the listed file and line, and nothing else.
/// </summary>
internal static class BrokenIssue
{
    private const string IssueYaml = """
        gazette:
          title: 晋城市人民政府公报
          sponsor: 晋城市人民政府办公室
          edition_url: http://www.jcgov.gov.cn/
          frequncy: 双月刊
        year: 2025
        number: 6
        cumulative: 294
        published: 2025-13-28
        sections:
          - title: 市政府文件
            documents: [01-good, 02-missing, 01-good]
          - title: 市政府办公室文件
            documents: [03-bad-yaml, 04-bad-number, 05-bad-utf8, 06-bad-links, 07-bad-qr, 08-no-front-matter, 09-no-kind]
        cover:
          image: images/nope.png
        """;

    private const string Good = """
        ---
        kind: 通知
        title: [关于做好冬季供暖工作的通知]
        ---
        见[链接](06-bad-links#ok)。
        """;

    private const string BadYaml = """
        ---
        kind: 通知
        title: [关于做好冬季供暖工作的通知
        ---
        正文。
        """;

    private const string BadNumber = """
        ---
        kind: 通知
        title: [关于做好冬季供暖工作的通知]
        doc_number: 晋市政办[2025]22号
        adressee: 各县（市、区）人民政府：
        ---
        正文。
        """;

    private const string BadLinksText = """
        ---
        kind: 通知
        title: [关于做好冬季供暖工作的通知]
        ---
        ## 目标 {#ok}

        见[不存在](#nowhere)。

        另见[别的文件](10-unknown#a)。
        """;

    private const string BadQr = """
        ---
        kind: 通知
        title: [关于做好冬季供暖工作的通知]
        signature:
          issuers: [晋城市人民政府办公室]
          date: 2025-02-30
        qr:
          url: http://www.jcgov.gov.cn/
          image: images/qr.png
        ---
        正文。
        """;

    private const string NoFrontMatter = """
        关于做好冬季供暖工作的通知

        正文。
        """;

    private const string NoKind = """
        ---
        title: [关于做好冬季供暖工作的通知]
        ---
        正文。
        """;

    private static readonly byte[] BadUtf8 = Utf8("---\nkind: 通知\ntitle: [供暖通知]\n---\n第一段。\n\n第")
        .Concat(new byte[] { 0xFF, 0xFE })
        .Concat(Utf8("二段。\n"))
        .ToArray();

    /// <summary>(file relative to the issue folder, line, code) of every expected diagnostic, in report order.</summary>
    public static readonly (string File, int Line, string Code)[] Expected =
    {
        ("docs/03-bad-yaml.md", 3, "GP1001"),        // YAML syntax: unclosed [
        ("docs/04-bad-number.md", 4, "GP1011"),      // 文号 with [ ] instead of 〔〕
        ("docs/04-bad-number.md", 5, "GP1004"),      // unknown key adressee
        ("docs/05-bad-utf8.md", 7, "GP1006"),        // invalid UTF-8
        ("docs/06-bad-links.md", 7, "GP1015"),       // #nowhere does not exist
        ("docs/06-bad-links.md", 9, "GP1016"),       // link to a document that is not in the issue
        ("docs/07-bad-qr.md", 6, "GP1005"),          // 2025-02-30 is not a date
        ("docs/07-bad-qr.md", 8, "GP1013"),          // qr with both url and image
        ("docs/08-no-front-matter.md", 1, "GP1012"), // no front matter
        ("docs/09-no-kind.md", 2, "GP1002"),         // required key kind missing
        ("docs/99-stray.md", 1, "GP1010"),           // not listed
        ("issue.yaml", 5, "GP1004"),                 // unknown key frequncy
        ("issue.yaml", 9, "GP1005"),                 // month 13
        ("issue.yaml", 12, "GP1009"),                // 02-missing has no file
        ("issue.yaml", 12, "GP1008"),                // 01-good listed twice
        ("issue.yaml", 16, "GP1014"),                // cover image missing
    };

    public static TempIssue Write(TempIssue issue) =>
        issue.Write("issue.yaml", IssueYaml)
            .Write("docs/01-good.md", Good)
            .Write("docs/03-bad-yaml.md", BadYaml)
            .Write("docs/04-bad-number.md", BadNumber)
            .WriteBytes("docs/05-bad-utf8.md", BadUtf8)
            .Write("docs/06-bad-links.md", BadLinksText)
            .Write("docs/07-bad-qr.md", BadQr)
            .Write("docs/08-no-front-matter.md", NoFrontMatter)
            .Write("docs/09-no-kind.md", NoKind)
            .Write("docs/99-stray.md", Good)
            .WriteBytes("images/qr.png", new byte[] { 0x89, 0x50 });

    private static byte[] Utf8(string text) => System.Text.Encoding.UTF8.GetBytes(text);
}
