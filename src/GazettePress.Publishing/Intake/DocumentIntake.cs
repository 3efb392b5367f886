using GazettePress.Diagnostics;
using GazettePress.Intake.Html;
using GazettePress.Intake.Model;
using GazettePress.Intake.Recognition;
using GazettePress.Intake.Word;

namespace GazettePress.Intake;

/// <summary>
/// One input file to a recognised document: the reader chosen by the file's type (.docx, .html/.htm,
/// .txt), then the one recogniser of GB/T 9704 parts. Reads only the file itself (and, for a saved web
/// page, pictures in the folder beside it).
/// </summary>
public static class DocumentIntake
{
    public static SourceReadResult ReadSource(string path)
    {
        if (!File.Exists(path))
            return SourceReadResult.Failed(Diagnostic.Create(IntakeMessages.InputNotFound, new SourceLocation(path)));
        var extension = Path.GetExtension(path).ToLowerInvariant();
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return SourceReadResult.Failed(Diagnostic.Create(IntakeMessages.InputNotFound, new SourceLocation(path)));
        }
        // What the bytes are decides, not the name: offices send .docx saved as .doc, old binary files
        // named .docx, web pages named .doc.
        switch (FileKinds.Sniff(bytes))
        {
            case FileKind.OldBinary:
                return SourceReadResult.Failed(Diagnostic.Create(IntakeMessages.OldBinaryFormat, new SourceLocation(path), ("extension", extension.Length > 0 ? extension : "?")));
            case FileKind.Rtf:
                return SourceReadResult.Failed(Diagnostic.Create(IntakeMessages.RtfFormat, new SourceLocation(path), ("extension", extension.Length > 0 ? extension : "?")));
            case FileKind.Zip when extension is not (".docx" or ".docm" or ".wpsx" or ".dotx"):
                return WithNote(WordReader.Read(bytes, path), Diagnostic.Create(IntakeMessages.ReadAsOtherKind, new SourceLocation(path), ("extension", extension), ("kind", ".docx")));
            case FileKind.Html when extension is ".doc" or ".wps" or ".docx":
                return WithNote(HtmlReader.Read(bytes, path), Diagnostic.Create(IntakeMessages.ReadAsOtherKind, new SourceLocation(path), ("extension", extension), ("kind", ".html")));
        }
        return extension switch
        {
            ".docx" or ".docm" or ".wpsx" or ".dotx" => WordReader.Read(bytes, path),
            ".html" or ".htm" or ".shtml" or ".xhtml" => HtmlReader.Read(bytes, path),
            _ => SourceReadResult.Failed(Diagnostic.Create(IntakeMessages.UnsupportedFormat, new SourceLocation(path), ("extension", extension.Length > 0 ? extension : "?"))),
        };
    }

    private static SourceReadResult WithNote(SourceReadResult read, Diagnostic note) =>
        read.Document is null ? read : read with { Document = read.Document with { Notes = [note, .. read.Document.Notes] } };

    /// <summary>Reads and recognises one file; null with errors when it cannot be read.</summary>
    public static (RecognisedDocument? Document, IReadOnlyList<Diagnostic> Errors) Recognise(string path)
    {
        if (Path.GetExtension(path).ToLowerInvariant() is ".txt" or ".text" && File.Exists(path))
        {
            try
            {
                return Text.TextIntake.Recognise(File.ReadAllBytes(path), path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return (null, [Diagnostic.Create(IntakeMessages.InputNotFound, new SourceLocation(path))]);
            }
        }
        var read = ReadSource(path);
        if (read.Document is null) return (null, read.Errors);
        if (!read.Document.Blocks.OfType<SourceParagraph>().Any(p => p.Text.Trim().Length > 0)
            && !read.Document.Blocks.OfType<SourceTable>().Any())
            return (null, [Diagnostic.Create(IntakeMessages.NoText, new SourceLocation(path))]);
        return (DocumentRecogniser.Recognise(read.Document), []);
    }
}
