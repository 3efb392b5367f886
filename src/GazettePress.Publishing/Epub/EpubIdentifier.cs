using System.Security.Cryptography;
using System.Text;

namespace GazettePress.Publishing.Epub;

/// <summary>The publication's identifier: the same issue always gets the same one, so reading
/// systems treat a rebuilt EPUB as the same book (keeping bookmarks), and two issues never share one.</summary>
internal static class EpubIdentifier
{
    /// <summary>A name-based UUID (RFC 9562 version 5 layout) from gazette title, year and number.</summary>
    public static string For(EpubIssue issue)
    {
        var name = $"GazettePress|{issue.GazetteTitle}|{issue.Year}|{issue.Number}";
        var hash = SHA1.HashData(Encoding.UTF8.GetBytes(name));
        var bytes = hash.AsSpan(0, 16).ToArray();
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x50);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        var hex = Convert.ToHexStringLower(bytes);
        return $"urn:uuid:{hex[..8]}-{hex[8..12]}-{hex[12..16]}-{hex[16..20]}-{hex[20..]}";
    }
}
