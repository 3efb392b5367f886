using GazettePress.Publishing.Epub;

namespace GazettePress.Publishing.Tests.Epub;

/// <summary>A small issue written directly as the EPUB model, with bodies in the body XHTML
/// vocabulary of PLAN.md: a notice with an attached regulation, a 令 with a signer, a table and
/// an image, and a placeholder QR.</summary>
internal static class SampleEpubIssue
{
    public const string NoticeBody =
        "<p id=\"b-1\">现将《晋城市基干民兵优待和权益保障实施细则》印发给你们，请认真贯彻执行。</p>" +
        "<h1 class=\"attached-title\" id=\"rules\">晋城市基干民兵优待和权益保障实施细则</h1>" +
        "<h2 class=\"chapter\" id=\"h-1\">第一章　总　则</h2>" +
        "<p class=\"article\" id=\"b-2\"><strong class=\"run-in\">第一条</strong>　为规范和加强我市基干民兵优待和权益保障工作，根据有关法律法规，结合本市实际，制定本细则。</p>" +
        "<h3 id=\"h-2\">1.1 编制目的</h3>" +
        "<p class=\"item item-2\" id=\"b-3\">（一）各级政务服务中心（政务大厅）；m<sup>2</sup> 与 PM<sub>2.5</sub>，见<a href=\"#rules\">细则</a>。</p>" +
        "<div class=\"keyvalue\" id=\"b-4\"><p id=\"b-5\"><strong class=\"kv-label\">指挥长：</strong>市人民政府分管能源工作的副市长。</p>" +
        "<p id=\"b-6\"><strong class=\"kv-label\">副指挥长：</strong>市人民政府协管能源工作的副秘书长。</p></div>" +
        "<p id=\"b-7\">（三）加强监督检查。<span class=\"duty\">〔责任单位：市住建局，各县（市、区）人民政府〕</span></p>" +
        "<table id=\"b-8\"><tr><th>级别</th><th>标准</th></tr><tr><td>一级</td><td>减供负荷30%以上</td></tr></table>" +
        "<p id=\"b-9\">详见<a href=\"02-jszb-2025-22.xhtml#h-1\">另一文件</a>及<a href=\"http://www.jcgov.gov.cn/\">网站</a>。</p>";

    public const string OrderBody =
        "<p id=\"b-1\">《晋城市城市绿化管理办法》已经市人民政府常务会议通过，现予公布，自2026年1月1日起施行。</p>" +
        "<h2 id=\"h-1\">一、总体要求</h2>" +
        "<p id=\"b-2\">示意图如下：</p>" +
        "<p id=\"b-3\"><img src=\"images/figure-1.png\" alt=\"绿地分布示意图\"/></p>" +
        "<p id=\"b-4\">𠀀字为扩展B区汉字，测试代理对。</p>";

    public static EpubIssue Create(bool withIntro = true) => new(
        GazetteTitle: "晋城市人民政府公报",
        Pinyin: "JINCHENGSHI RENMIN ZHENGFU GONGBAO",
        Sponsor: "晋城市人民政府办公室",
        Frequency: "双月刊",
        EditionUrl: "http://www.jcgov.gov.cn/",
        Year: 2025,
        Number: 6,
        Cumulative: 294,
        Published: new DateOnly(2025, 12, 28),
        IntroParagraphs: withIntro ? ["《晋城市人民政府公报》是晋城市人民政府主办的政府出版物。"] : [],
        EditorialBoard: withIntro ? [new LabelValue("主任", "张三")] : [],
        Sections:
        [
            new EpubSection("市政府文件", [Notice]),
            new EpubSection("市政府办公室文件", [Order]),
        ],
        Colophon: [new LabelValue("主办单位", "晋城市人民政府办公室"), new LabelValue("电话", "(0356)2198496")],
        CoverQrCaption: "掌上公报");

    public static readonly EpubDocument Notice = new(
        Id: "01-jsf-2025-11",
        Kind: "通知",
        Registration: "JCZG-01-2024-0007",
        TitleLines: ["晋城市人民政府　晋城军分区", "关于印发晋城市基干民兵优待和权益保障", "实施细则的通知"],
        DocNumber: "晋市政发〔2025〕11号",
        Addressee: "各县（市、区）人民政府、开发区管委会，市人民政府各委、办、局：",
        BodyXhtml: NoticeBody,
        SignatureIssuers: ["晋城市人民政府", "晋城军分区"],
        Signer: null,
        SignatureDate: new DateOnly(2025, 11, 14),
        Publicity: "（此件公开发布）",
        Attachments: [new EpubAttachment("晋城市大面积停电事件分级", true), new EpubAttachment("应急联系表", false)],
        Consultation: [new LabelValue("咨询单位", "晋城军分区"), new LabelValue("政策咨询电话", "2043136")],
        Qr: new EpubQr("http://www.jcgov.gov.cn/zjxx/zcjd/202511/t20251120_2035112.shtml", null, "政策解读"));

    public static readonly EpubDocument Order = new(
        Id: "02-jszb-2025-22",
        Kind: "令",
        Registration: null,
        TitleLines: ["晋城市人民政府令"],
        DocNumber: "第5号",
        Addressee: null,
        BodyXhtml: OrderBody,
        SignatureIssuers: [],
        Signer: "市长　张三",
        SignatureDate: new DateOnly(2025, 11, 20),
        Publicity: null,
        Attachments: [],
        Consultation: [],
        Qr: new EpubQr(null, null, "政策解读"));

    /// <summary>One page start per document start plus pages inside the bodies, in print order.</summary>
    public static IReadOnlyList<PrintPageStart> PageStarts =>
    [
        new("1", "01-jsf-2025-11", "doc-title", 0),
        new("2", "01-jsf-2025-11", "b-2", 10),
        new("3", "01-jsf-2025-11", "b-5", 0),
        new("4", "02-jszb-2025-22", "doc-title", 0),
        new("5", "02-jszb-2025-22", "b-4", 2),
    ];

    /// <summary>A 1×1 PNG standing in for the rendered cover in tests.</summary>
    public static byte[] TinyPng => Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNgAAAAAgABSK+kcQAAAABJRU5ErkJggg==");

    /// <summary>An issue folder holding the image the 令 shows.</summary>
    public static string CreateIssueDirectory()
    {
        var dir = Directory.CreateTempSubdirectory("gp-epub-issue-").FullName;
        Directory.CreateDirectory(Path.Combine(dir, "images"));
        File.WriteAllBytes(Path.Combine(dir, "images", "figure-1.png"), TinyPng);
        return dir;
    }
}
