using System.Text;

namespace GazettePress.Publishing.Tests.Epub;

/// <summary>
/// Writes random issue folders in the content format whose documents hold what makes a phone screen
/// overflow or stretch: long addresses at random places in running text, tables of 1–9 columns of
/// long numbers, codes and Latin words, pictures of every width inside and between paragraphs,
/// long multi-line titles, attachment lists with and without addresses. Seeded: the same seed gives
/// the same folder.
/// </summary>
internal static class PhoneIssueGenerator
{
    private const string Han = "市人民政府关于印发进一步加强城乡建设管理工作实施方案的通知各县区要结合实际认真贯彻执行确保落实到位推动高质量发展";
    private static readonly string[] Addresses =
    [
        "http://www.jcgov.gov.cn/",
        "https://www.example.gov.cn/zwgk/zfxxgk/fdzdgknr/2025/12/01/t20251201_1234567890_with_a_very_long_tail.html?from=gazette&id=42",
        "www.example.gov.cn/zwgk/zcjd/",
        "office.gazette-2025@example.gov.cn",
        "ftp://files.example.gov.cn/pub/attachments/2025/fj-01-very-long-file-name.pdf",
    ];

    public static string Write(int seed, string sourceImages)
    {
        var random = new Random(seed);
        var root = Directory.CreateTempSubdirectory($"gp-phone-{seed}-").FullName;
        Directory.CreateDirectory(Path.Combine(root, "docs"));
        var images = Path.Combine(root, "images");
        Directory.CreateDirectory(images);
        foreach (var file in Directory.GetFiles(sourceImages))
            File.Copy(file, Path.Combine(images, Path.GetFileName(file)));

        var ids = Enumerable.Range(1, 3).Select(i => $"{i:00}-gen-{seed}-{i}").ToArray();
        var issue = new StringBuilder();
        issue.AppendLine("gazette:");
        issue.AppendLine($"  title: {Words(random, 8, 22)}公报");
        issue.AppendLine($"  sponsor: {Words(random, 6, 14)}办公室");
        issue.AppendLine("  edition_url: http://www.example.gov.cn/");
        issue.AppendLine("year: 2025");
        issue.AppendLine($"number: {random.Next(1, 13)}");
        issue.AppendLine("published: 2025-12-28");
        issue.AppendLine("intro: |");
        issue.AppendLine("  " + Paragraph(random, 4));
        issue.AppendLine("sections:");
        issue.AppendLine("  - title: 市政府文件");
        issue.AppendLine($"    documents: [{string.Join(", ", ids)}]");
        issue.AppendLine("colophon:");
        issue.AppendLine($"  - {{ label: 网址, value: \"{Addresses[random.Next(Addresses.Length)]}\" }}");
        issue.AppendLine($"  - {{ label: 电话, value: \"(0356)2198496、2198497、2198498\" }}");
        File.WriteAllText(Path.Combine(root, "issue.yaml"), issue.ToString());

        foreach (var id in ids)
            File.WriteAllText(Path.Combine(root, "docs", id + ".md"), Document(random));
        return root;
    }

    private static string Document(Random random)
    {
        var doc = new StringBuilder();
        doc.AppendLine("---");
        doc.AppendLine("kind: 通知");
        doc.AppendLine("title:");
        for (var i = random.Next(1, 5); i > 0; i--) doc.AppendLine($"  - {Words(random, 1, 24)}");
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
                    0 => $"  - {{ title: {Words(random, 4, 40)}, online_only: true, url: \"{Addresses[1]}\" }}",
                    1 => $"  - {{ title: {Words(random, 4, 40)}, online_only: true }}",
                    _ => $"  - {Words(random, 4, 40)}",
                });
        }
        doc.AppendLine("qr:");
        doc.AppendLine($"  url: {Addresses[1]}");
        doc.AppendLine("  caption: 政策解读");
        doc.AppendLine("---");
        for (var block = random.Next(4, 10); block > 0; block--)
        {
            doc.AppendLine(random.Next(7) switch
            {
                0 => Table(random),
                1 => $"![{Words(random, 2, 10)}](images/{(random.Next(2) == 0 ? "wide-map.png" : "small-icon.png")})",
                2 => Paragraph(random, 3) + $"![图](images/{(random.Next(2) == 0 ? "wide-map.png" : "small-icon.png")})" + Paragraph(random, 1),
                3 => $"## {Words(random, 2, 30)}",
                _ => Paragraph(random, random.Next(1, 6)),
            });
            doc.AppendLine();
        }
        return doc.ToString();
    }

    private static string Table(Random random)
    {
        var columns = random.Next(1, 10);
        var sb = new StringBuilder();
        sb.AppendLine("| " + string.Join(" | ", Enumerable.Range(1, columns).Select(_ => Words(random, 2, 6))) + " |");
        sb.AppendLine("| " + string.Join(" | ", Enumerable.Repeat("---", columns)) + " |");
        for (var row = random.Next(1, 4); row > 0; row--)
            sb.AppendLine("| " + string.Join(" | ", Enumerable.Range(1, columns).Select(_ => Cell(random))) + " |");
        return sb.ToString();
    }

    private static string Cell(Random random) => random.Next(5) switch
    {
        0 => random.NextInt64(1, long.MaxValue).ToString(System.Globalization.CultureInfo.InvariantCulture) + ".00",
        1 => "JC-" + new string('X', random.Next(5, 30)) + "-2025",
        2 => "Supercalifragilisticexpialidocious",
        3 => Addresses[random.Next(Addresses.Length)],
        _ => Words(random, 1, 20),
    };

    /// <summary>Sentences of Han text with, now and then, an address inside one.</summary>
    private static string Paragraph(Random random, int sentences)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < sentences; i++)
        {
            sb.Append(Words(random, 8, 40));
            if (random.Next(3) == 0) sb.Append(random.Next(2) == 0 ? "（" + Addresses[random.Next(Addresses.Length)] + "）" : Addresses[random.Next(Addresses.Length)]);
            sb.Append(Words(random, 0, 20)).Append(random.Next(3) == 0 ? "，" : "。");
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
