namespace GazettePress.Intake;

/// <summary>What an input file is by its first bytes, whatever its name says.</summary>
internal enum FileKind { Other, Zip, OldBinary, Rtf, Html }

internal static class FileKinds
{
    /// <summary>
    /// ZIP (a .docx, also when named .doc or .wps), the OLE compound file of Word 97–2003 .doc and WPS
    /// .wps, RTF, or HTML (Word and WPS "save as web page", and sites that serve a page named .doc).
    /// </summary>
    public static FileKind Sniff(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith("PK\u0003\u0004"u8)) return FileKind.Zip;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) || bytes.Length >= 4 && bytes.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0]))
            return FileKind.OldBinary;
        var start = bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? bytes[3..] : bytes;
        while (start.Length > 0 && start[0] is (byte)' ' or (byte)'\r' or (byte)'\n' or (byte)'\t') start = start[1..];
        if (start.StartsWith("{\\rtf"u8)) return FileKind.Rtf;
        var head = System.Text.Encoding.ASCII.GetString(start[..Math.Min(start.Length, 1024)]).ToLowerInvariant();
        if (head.StartsWith('<') && (head.Contains("<html", StringComparison.Ordinal) || head.Contains("<!doctype html", StringComparison.Ordinal)))
            return FileKind.Html;
        return FileKind.Other;
    }
}
