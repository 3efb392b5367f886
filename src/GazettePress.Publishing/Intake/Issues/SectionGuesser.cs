using GazettePress.Content;
using GazettePress.Intake.Recognition;

namespace GazettePress.Intake.Issues;

/// <summary>
/// Chooses the section a new document belongs in from its issuer: the section that already holds
/// documents with the same 文号 issuer code, else by the section titles' words (令, 办公室/办公厅,
/// 政府文件, 部门) against the issuer (…人民政府, …人民政府办公室, a department). Always a guess.
/// </summary>
internal static class SectionGuesser
{
    public static string Guess(IReadOnlyList<(string Title, IReadOnlyList<GazetteDocument> Documents)> sections, RecognisedDocument document)
    {
        if (sections.Count == 0) return "文件";
        var code = IssuerCode(document.DocNumber);
        if (code is not null)
            foreach (var (title, documents) in sections)
                if (documents.Any(d => d.DocNumber?.IssuerCode == code)) return title;

        var issuer = document.Issuers.FirstOrDefault() ?? document.HeadIssuers.FirstOrDefault() ?? TitleIssuer(document.Title) ?? "";
        var isOrder = document.Kind == "令" || document.DocNumber?.Contains("令第", StringComparison.Ordinal) == true;
        var isOffice = issuer.EndsWith("办公室", StringComparison.Ordinal) || issuer.EndsWith("办公厅", StringComparison.Ordinal) || code?.EndsWith('办') == true;
        var isGovernment = !isOffice && (issuer.EndsWith("人民政府", StringComparison.Ordinal) || code is not null && code.Contains("政") && !code.EndsWith('办'));
        string? Find(Func<string, bool> match) => sections.Select(s => s.Title).FirstOrDefault(match);
        var guess = isOrder ? Find(t => t.Contains('令'))
            : isOffice ? Find(t => t.Contains("办公室") || t.Contains("办公厅"))
            : isGovernment ? Find(t => t.Contains("政府") && !t.Contains("办公") && !t.Contains('令') && !t.Contains("部门"))
            : Find(t => t.Contains("部门"));
        return guess ?? Find(t => !t.Contains('令')) ?? sections[0].Title;
    }

    private static string? IssuerCode(string? docNumber)
    {
        if (docNumber is null) return null;
        var open = docNumber.IndexOf('〔');
        return open > 0 ? docNumber[..open] : null;
    }

    private static string? TitleIssuer(string title)
    {
        var at = title.IndexOf("关于", StringComparison.Ordinal);
        return at > 1 ? title[..at] : null;
    }
}
