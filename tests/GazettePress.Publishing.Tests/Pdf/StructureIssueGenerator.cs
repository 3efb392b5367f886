using System.Text;

namespace GazettePress.Publishing.Tests.Pdf;

/// <summary>
/// Writes random issue folders that hold every kind of structure the tagger maps: attached titles,
/// chapters and headings of random depth (skipping levels, as editors do), numbered items of every
/// style (一、 （一） 1. （1） ① 1.1), 第一条 run-in labels, tables, pictures with and without a
/// description, QR codes, links inside the document, to another document and to the web, key-value
/// and signature blocks, super- and subscripts, attachments, and English phrases of every length in
/// Chinese text (so that some wrap from one line, column or page to the next). Seeded: the same seed
/// gives the same folder.
/// </summary>
internal static class StructureIssueGenerator
{
    private const string Han = "市人民政府关于印发进一步加强城乡建设管理工作实施方案的通知各县区要结合实际认真贯彻执行确保落实到位推动高质量发展";
    private static readonly string[] English =
    [
        "and", "PPP", "APP", "World Health Organization", "Public Private Partnership", "Shanghai Example Co., Ltd.",
        "the Belt and Road Initiative", "Supercalifragilisticexpialidocious", "Internet of Things", "Smart City Operation Center",
    ];
    private static readonly string[] Neutral = ["2025", "5G", "A类", "PM2.5", "JCBG-01-2024-0002", "GB/T 9704-2012", "http://www.jcgov.gov.cn/zcjd/1.shtml"];
    private static readonly string[] ItemLabels = ["一、", "（一）", "1.", "（1）", "①", "1.1", "2.3.1"];

    public static string Write(int seed, string sourceImages)
    {
        var random = new Random(seed);
        var root = Directory.CreateTempSubdirectory($"gp-structure-{seed}-").FullName;
        Directory.CreateDirectory(Path.Combine(root, "docs"));
        var images = Path.Combine(root, "images");
        Directory.CreateDirectory(images);
        foreach (var file in Directory.GetFiles(sourceImages))
            File.Copy(file, Path.Combine(images, Path.GetFileName(file)));

        var ids = Enumerable.Range(1, random.Next(2, 5)).Select(i => $"{i:00}-gen-{seed}-{i}").ToArray();
        var issue = new StringBuilder();
        issue.AppendLine("gazette:");
        issue.AppendLine($"  title: {Words(random, 6, 14)}公报");
        issue.AppendLine($"  sponsor: {Words(random, 6, 12)}办公室");
        issue.AppendLine("  edition_url: http://www.example.gov.cn/");
        issue.AppendLine("year: 2025");
        issue.AppendLine($"number: {random.Next(1, 13)}");
        issue.AppendLine("published: 2025-12-28");
        issue.AppendLine("intro: |");
        issue.AppendLine("  " + Paragraph(random, 3));
        issue.AppendLine("sections:");
        issue.AppendLine("  - title: 市政府文件");
        issue.AppendLine($"    documents: [{string.Join(", ", ids[..1])}]");
        issue.AppendLine("  - title: 市政府办公室文件");
        issue.AppendLine($"    documents: [{string.Join(", ", ids[1..])}]");
        issue.AppendLine("colophon:");
        issue.AppendLine("  - { label: 网址, value: \"http://www.example.gov.cn/\" }");
        File.WriteAllText(Path.Combine(root, "issue.yaml"), issue.ToString());

        for (var i = 0; i < ids.Length; i++)
            File.WriteAllText(Path.Combine(root, "docs", ids[i] + ".md"), Document(random, ids[(i + 1) % ids.Length]));
        return root;
    }

    private static string Document(Random random, string otherId)
    {
        var doc = new StringBuilder();
        doc.AppendLine("---");
        doc.AppendLine("kind: 通知");
        doc.AppendLine("title:");
        for (var i = random.Next(1, 4); i > 0; i--) doc.AppendLine($"  - {Words(random, 4, 20)}");
        doc.AppendLine($"doc_number: 晋市政办〔2025〕{random.Next(1, 99)}号");
        doc.AppendLine("addressee: 各县（市、区）人民政府，市人民政府各委、办、局：");
        doc.AppendLine("signature:");
        doc.AppendLine($"  issuers: [{Words(random, 4, 12)}]");
        doc.AppendLine("  date: 2025-11-14");
        var attachments = random.Next(0, 4);
        if (attachments > 0)
        {
            doc.AppendLine("attachments:");
            for (var i = 0; i < attachments; i++)
                doc.AppendLine(random.Next(3) switch
                {
                    0 => $"  - {{ title: {Words(random, 4, 30)}, online_only: true, url: \"http://www.example.gov.cn/fj/{i}.pdf\" }}",
                    1 => $"  - {{ title: {Words(random, 4, 30)}, online_only: true }}",
                    _ => $"  - {Words(random, 4, 30)}",
                });
        }
        if (random.Next(2) == 0)
        {
            doc.AppendLine("qr:");
            doc.AppendLine($"  url: http://www.example.gov.cn/zcjd/{random.Next(1000)}.shtml");
            doc.AppendLine("  caption: 政策解读");
        }
        doc.AppendLine("---");
        doc.AppendLine(Paragraph(random, 2));
        doc.AppendLine();
        doc.AppendLine($"# {Words(random, 6, 20)} {{#rules}}");
        doc.AppendLine();
        var level = 2;
        for (var block = random.Next(8, 24); block > 0; block--)
        {
            switch (random.Next(12))
            {
                case 0:
                    // Headings of random depth: a level may be skipped (## then ####).
                    level = Math.Clamp(level + random.Next(-2, 3), 2, 5);
                    doc.AppendLine($"{new string('#', level)} {(random.Next(3) == 0 ? "第" + "一二三四五"[random.Next(5)] + "章　" : "")}{Words(random, 2, 16)}");
                    break;
                case 1:
                    for (var i = random.Next(1, 5); i > 0; i--)
                    {
                        doc.AppendLine(ItemLabels[random.Next(ItemLabels.Length)] + Paragraph(random, random.Next(1, 3)));
                        doc.AppendLine();
                    }
                    break;
                case 2:
                    doc.AppendLine($"**第{"一二三四五六七八九十"[random.Next(10)]}条**　{Paragraph(random, random.Next(1, 3))}");
                    break;
                case 3:
                    doc.AppendLine(Table(random));
                    break;
                case 4:
                    doc.AppendLine($"![{(random.Next(4) == 0 ? "" : Words(random, 2, 10))}](images/{(random.Next(2) == 0 ? "wide-map.png" : "small-icon.png")})");
                    break;
                case 5:
                    doc.AppendLine($"{Words(random, 4, 20)}见[{Words(random, 2, 6)}](#rules)，另见[{Words(random, 2, 8)}]({otherId}#rules)和[网站](http://www.example.gov.cn/{random.Next(100)}.html){Words(random, 2, 10)}。");
                    break;
                case 6:
                    doc.AppendLine("::: keyvalue");
                    for (var i = random.Next(1, 4); i > 0; i--) doc.AppendLine($"{Words(random, 2, 5)}：{Words(random, 4, 30)}");
                    doc.AppendLine(":::");
                    break;
                case 7:
                    doc.AppendLine($"PM~2.5~浓度下降{random.Next(1, 30)}%，面积{random.Next(1, 900)}m^2^，{Paragraph(random, 1)}");
                    break;
                default:
                    doc.AppendLine(Paragraph(random, random.Next(1, 6)));
                    break;
            }
            doc.AppendLine();
        }
        if (random.Next(2) == 0)
        {
            doc.AppendLine("::: signature");
            doc.AppendLine(Words(random, 4, 12));
            doc.AppendLine("2025年11月6日");
            doc.AppendLine(":::");
        }
        return doc.ToString();
    }

    private static string Table(Random random)
    {
        var columns = random.Next(2, 6);
        var sb = new StringBuilder();
        sb.AppendLine("| " + string.Join(" | ", Enumerable.Range(1, columns).Select(_ => Words(random, 2, 6))) + " |");
        sb.AppendLine("| " + string.Join(" | ", Enumerable.Repeat("---", columns)) + " |");
        for (var row = random.Next(1, 5); row > 0; row--)
            sb.AppendLine("| " + string.Join(" | ", Enumerable.Range(1, columns).Select(_ => random.Next(4) switch
            {
                0 => English[random.Next(English.Length)],
                1 => Neutral[random.Next(Neutral.Length)],
                _ => Words(random, 1, 12),
            })) + " |");
        return sb.ToString();
    }

    /// <summary>Sentences of Han text with, now and then, an English phrase or a number, code or address inside.</summary>
    private static string Paragraph(Random random, int sentences)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < sentences; i++)
        {
            sb.Append(Words(random, 8, 40));
            if (random.Next(2) == 0) sb.Append(English[random.Next(English.Length)]);
            if (random.Next(3) == 0) sb.Append(Words(random, 1, 6)).Append(Neutral[random.Next(Neutral.Length)]);
            sb.Append(Words(random, 1, 20)).Append(random.Next(3) == 0 ? "，" : "。");
        }
        return sb.ToString();
    }

    private static string Words(Random random, int min, int max)
    {
        var length = random.Next(min, max + 1);
        var sb = new StringBuilder(length);
        for (var i = 0; i < length; i++) sb.Append(Han[random.Next(Han.Length)]);
        return sb.ToString();
    }
}
