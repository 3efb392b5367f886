using GazettePress.Diagnostics;
using GazettePress.Publishing.Qr;

namespace GazettePress.Content.Safety;

/// <summary>
/// Values the build has to set as one piece, checked before it tries: an address must fit in a QR
/// code (QR codes of error correction M hold at most 2,331 bytes; the build's encoder threw past
/// that), and a document title, kept whole on one page, must not be longer than a page holds.
/// </summary>
internal static class PrintableSizeCheck
{
    /// <summary>A title block in 二号 on an A4 column holds about 380 characters; real titles have under 100.</summary>
    public const int MaxTitleCharacters = 200;

    public static void CheckDocument(GazetteDocument document, DiagnosticBag diagnostics)
    {
        if (document.Qr?.Source is QrSource.Url { Value: var url })
            CheckQrAddress(url, document.Locations.Of("qr.url"), diagnostics);
        var title = document.Title.Length;
        if (title > MaxTitleCharacters)
            diagnostics.Add(SafetyMessages.TitleTooLong, document.Locations.Of("title"), ("length", title), ("limit", MaxTitleCharacters));
    }

    public static void CheckQrAddress(string url, SourceLocation where, DiagnosticBag diagnostics)
    {
        try
        {
            QrSymbol.Encode(url);
        }
        catch (QRCoder.Exceptions.DataTooLongException)
        {
            diagnostics.Add(SafetyMessages.QrTooLong, where, ("length", System.Text.Encoding.UTF8.GetByteCount(url)));
        }
    }
}
