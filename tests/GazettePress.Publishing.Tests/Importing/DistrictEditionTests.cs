using System.Text.RegularExpressions;
using GazettePress.Importing;

namespace GazettePress.Publishing.Tests.Importing;

/// <summary>
/// A county edition unlike the city corpus, modelled on real 区/县 gazettes and government web pages:
/// quarterly, its own section names (【县政府文件】【县政府办公室文件】【部门文件】) and issuers
/// (泽政发, 泽政办发), a TOC without page numbers and with a two-line entry, a 文号 printed above its
/// title, 號 for 号, a masthead date misread, web-page metadata residue. The 文号 list, the numbers,
/// the publication date (marked) and every signature date must come through.
/// </summary>
public sealed class DistrictEditionTests
{
    private const string Text =
        "泽州县人民政府公报\n\n" +
        "2024年第3期（总第41期）\n\n" +
        "泽州县人民政府办公室主办\n\n" +
        "2024年9月3O日出版（季刊）\n\n" +
        "目  录\n\n" +
        "【县政府文件】\n\n" +
        "泽州县人民政府关于公布县级行政许可事项清单的通知（泽政发〔2024〕12号）\n\n" +
        "泽州县人民政府关于做好秋冬季森林防灭火工作的意见\n" +
        "（泽政发〔2024〕13号）\n\n" +
        "【县政府办公室文件\n\n" +
        "泽州县人民政府办公室关于印发泽州县城乡居民养老保险\tl\n" +
        "经办规程的通知（泽政办发〔2024〕30号）\n\n" +
        "【部门文件】\n\n" +
        "泽州县教育局关于规范中小学课后服务的通知（泽教发〔2024〕8号）\n\n" +
        "泽州县人民政府\n关于公布县级行政许可事项清单的通知\n\n泽政发〔2024〕12号\n\n" +
        "各乡镇人民政府，县直各有关单位：\n\n现将县级行政许可事项清单予以公布，请遵照执行。\n\n泽州县人民政府\n\n2024年7月8日\n\n（此件公开发布）\n\n" +
        "泽州县人民政府\n关于做好秋冬季森林防灭火工作的意见\n\n泽政发〔2024〕13號\n\n" +
        "各乡镇人民政府，县直各有关单位：\n\n为做好今年秋冬季森林防灭火工作，提出如下意见。\n\n一、压实责任\n\n各乡镇要落实属地责任。\n\n泽州县人民政府\n\n2024年8月15日\n\n" +
        "泽政办发〔2024〕30号\n\n泽州县人民政府办公室\n关于印发泽州县城乡居民养老保险经办规程的通知\n\n" +
        "各乡镇人民政府，县直各有关单位：\n\n《泽州县城乡居民养老保险经办规程》已经县人民政府同意，现印发给你们，请认真贯彻执行。\n\n" +
        "泽州县人民政府办公室 2024年9月2日\n\n（此件公开发布）\n\n泽州县城乡居民养老保险经办规程\n\n第一章 总 则\n\n第一条 为规范经办工作，制定本规程。\n\n" +
        "• 索引号：1405250000/2024-00031\n\n" +
        "泽州县教育局\n关于规范中小学课后服务的通知\n\n泽教发〔2024〕8号\n\n各中小学校：\n\n请各校规范课后服务。\n\n泽州县教育局\n\n2024年9月10日\n\n" +
        "主办单位：泽州县人民政府办公室\n电话：(0356)3000000\n网址：www.zezhou.gov.cn\n";

    [Fact]
    public void County_edition_imports_with_its_doc_numbers_dates_and_sections()
    {
        var result = TestFiles.Import(Text, "zezhou-2024-03.txt");
        Assert.True(result.Succeeded);
        Assert.Equal(4, result.DocumentCount);
        Assert.Equal(4, result.TocEntryCount);
        Assert.Equal(0, result.MissingTextCount);

        var docs = result.Files.Where(f => f.Key.StartsWith("docs/", StringComparison.Ordinal)).OrderBy(f => f.Key).Select(f => f.Value).ToList();
        Assert.Equal(["泽政发〔2024〕12号", "泽政发〔2024〕13号", "泽政办发〔2024〕30号", "泽教发〔2024〕8号"], docs.Select(d => Field(d, "doc_number")).ToArray());
        Assert.Equal(["2024-07-08", "2024-08-15", "2024-09-02", "2024-09-10"], docs.Select(d => Field(d, "  date")).ToArray());

        var yaml = result.Files["issue.yaml"];
        Assert.Contains("  title: 泽州县人民政府公报\n", yaml);
        Assert.Contains("  frequency: 季刊\n", yaml);
        Assert.Contains("year: 2024\nnumber: 3\ncumulative: 41\n", yaml);
        Assert.Contains("published: 2024-09-30\n", yaml); // 3O read as 30, and said so
        Assert.Contains("has letters read for digits", result.Review);
        Assert.Contains("  - title: 县政府文件\n", yaml);
        Assert.Contains("  - title: 县政府办公室文件\n", yaml);
        Assert.Contains("  - title: 部门文件\n", yaml);
        Assert.Contains("edition_url: http://www.zezhou.gov.cn", yaml);
        Assert.Contains("section label '【县政府办公室文件' has missing or non-standard brackets", result.Review);
        Assert.Contains("stray glyph 'l' at a TOC line wrap removed", result.Review);
        Assert.Contains("title:\n  - 泽州县人民政府办公室\n  - 关于印发泽州县城乡居民养老保险经办规程的通知\n", docs[2]);
        Assert.Contains("TOC entry «泽州县教育局关于规范中小学课后服务的通知» has no page number", result.Review);
    }

    private static string Field(string markdown, string key) =>
        Regex.Match(markdown, $@"^{key}: (.+)$", RegexOptions.Multiline).Groups[1].Value;
}
