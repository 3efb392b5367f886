namespace GazettePress.Publishing.Tests.Content;

/// <summary>A small valid issue that uses every feature of the content format.</summary>
internal static class SampleContent
{
    public const string IssueYaml = """
        gazette:
          title: 晋城市人民政府公报
          pinyin: JINCHENGSHI RENMIN ZHENGFU GONGBAO
          sponsor: 晋城市人民政府办公室
          frequency: 双月刊
          edition_url: http://www.jcgov.gov.cn/
        year: 2025
        number: 6
        cumulative: 294
        published: 2025-12-28
        intro: |
          《晋城市人民政府公报》是市政府主办的政府出版物。

          第二段简介。
        editorial_board:
          - { label: 主任, value: 张三 }
        sections:
          - title: 市政府文件
            documents: [01-jsf-2025-11]
          - title: 市政府办公室文件
            documents: [02-jszb-2025-22, 03-ling-5]
        colophon:
          - { label: 主办单位, value: 晋城市人民政府办公室 }
          - { label: 电话, value: (0356)2198496 }
        cover:
          image: images/cover.png
          qr_caption: 掌上公报
        back_cover:
          text: 丁巳年夏月
        """;

    public const string Notice = """
        ---
        kind: 通知
        registration: JCZG-01-2024-0007
        title:
          - 晋城市人民政府　晋城军分区
          - 关于印发晋城市基干民兵优待和权益保障
          - 实施细则的通知
        doc_number: 晋市政发〔2025〕11号
        addressee: 各县（市、区）人民政府，市人民政府各委、办、局：
        signature:
          issuers: [晋城市人民政府, 晋城军分区]
          date: 2025-11-14
        publicity: （此件公开发布）
        attachments:
          - { title: 晋城市大面积停电事件分级, online_only: true }
          - 联系表
        consultation:
          - { label: 咨询单位, value: 晋城军分区 }
          - { label: 政策咨询电话, value: "2043136" }
        qr:
          url: http://www.jcgov.gov.cn/zjxx/zcjd/202511/t20251120_2035112.shtml
          caption: 政策解读
        ---
        现将《晋城市基干民兵优待和权益保障实施细则》印发给你们，请认真贯彻执行。

        # 晋城市基干民兵优待和权益保障实施细则 {#rules}

        ## 第一章　总　则

        **第一条**　为规范和加强我市基干民兵优待和权益保障工作，制定本细则。

        ### 1.1 编制目的

        一、总体要求

        （一）各级政务服务中心（政务大厅）；

        12. 文本不是列表。

        （1）小项

        ①圈码

        ::: keyvalue
        指挥长：市人民政府分管能源工作的副市长。
        副指挥长：市人民政府协管能源工作的副秘书长。
        :::

        （三）加强监督检查。〔责任单位：市住建局，各县（市、区）人民政府〕

        ::: signature
        晋城市人民政府办公室
        2025年11月6日
        :::

        | 项目 | 标准 |
        | --- | --- |
        | 优待金 | 2000元 |

        ![示意图](images/figure.png)

        m^2^ 是上标，PM~2.5~ 是下标。见[附件1](#attachment-1) 或[规则](02-jszb-2025-22#scope)，外链 [网站](http://www.jcgov.gov.cn/)。
        """;

    public const string OfficeNotice = """
        ---
        kind: 通知
        title: [关于做好冬季供暖工作的通知]
        doc_number: 晋市政办〔2025〕22号
        addressee: 各县（市、区）人民政府：
        signature:
          issuers: 晋城市人民政府办公室
          date: 2025-11-06
        qr:
          url: http://www.jcgov.gov.cn/zjxx/zcjd/202511/t20251106_1.shtml
          caption: 政策解读
        ---
        请认真贯彻执行。

        ## 适用范围 {#scope}

        见[细则](01-jsf-2025-11#rules)。
        """;

    public const string Decree = """
        ---
        kind: 令
        title: [晋城市人民政府令]
        doc_number: 晋城市人民政府令第5号
        signature:
          signer: 市长　张三
          date: 2025-10-01
        qr:
          image: images/qr-03.png
        ---
        《晋城市城市绿化管理办法》已经市人民政府同意，现予公布。
        """;

    /// <summary>Writes the valid sample issue into <paramref name="issue"/>.</summary>
    public static TempIssue WriteValid(this TempIssue issue) =>
        issue.Write("issue.yaml", IssueYaml)
            .Write("docs/01-jsf-2025-11.md", Notice)
            .Write("docs/02-jszb-2025-22.md", OfficeNotice)
            .Write("docs/03-ling-5.md", Decree)
            .WriteBytes("images/cover.png", OnePixelPng)
            .WriteBytes("images/figure.png", OnePixelPng)
            .WriteBytes("images/qr-03.png", OnePixelPng);

    /// <summary>A real PNG (1×1 grey): check reads a picture's header, so a few magic bytes are not enough.</summary>
    public static readonly byte[] OnePixelPng =
    [
        0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x00, 0x01,
        0x00, 0x00, 0x00, 0x01, 0x08, 0x00, 0x00, 0x00, 0x00, 0x3A, 0x7E, 0x9B, 0x55, 0x00, 0x00, 0x00, 0x0A, 0x49, 0x44, 0x41,
        0x54, 0x78, 0x9C, 0x63, 0x68, 0x00, 0x00, 0x00, 0x82, 0x00, 0x81, 0x77, 0xCD, 0x72, 0xB6, 0x00, 0x00, 0x00, 0x00, 0x49,
        0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82,
    ];
}
