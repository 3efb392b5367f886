using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using GazettePress.Diagnostics;
using GazettePress.Intake;

namespace GazettePress.Publishing.Tests.Intake;

/// <summary>
/// Files as they really arrive: old binary .doc and .wps (refused, with the file named and how to
/// convert it, in Chinese first), RTF under a Word name, a .docx saved under .doc, a web page saved by
/// Word or WPS as .doc, and .docx files saved by WPS (no styles.xml, Word 2010 compatibility mode,
/// WPS's application name) — which must give the same document as Word's.
/// </summary>
public sealed class FileKindTests : IDisposable
{
    private readonly string _dir = IntakeTestFiles.TempDirectory("kinds");

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static readonly byte[] OleHeader = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0, 0, 0, 0, 0];

    [Theory]
    [InlineData("来文.doc")]
    [InlineData("来文.wps")]
    [InlineData("来文.docx")] // an old file renamed
    public void Old_binary_Word_and_WPS_files_are_refused_with_the_way_to_convert_them(string name)
    {
        var path = IntakeTestFiles.Write(_dir, name, [.. OleHeader, .. new byte[496]]);
        var (document, errors) = DocumentIntake.Recognise(path);
        Assert.Null(document);
        var error = Assert.Single(errors);
        Assert.Equal("GP7025", error.Code);
        var chinese = error.Format(Language.Chinese);
        Assert.Contains(path, chinese);
        Assert.Contains("旧版 Word 或 WPS 的二进制格式", chinese);
        Assert.Contains("另存为", chinese);
        Assert.Contains("Word 文档（*.docx）", chinese);
        Assert.Contains("libreoffice --headless --convert-to docx", chinese);
        Assert.Contains("save as", error.Format(Language.English), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Rtf_under_a_Word_name_is_refused_as_rtf()
    {
        var path = IntakeTestFiles.Write(_dir, "来文.doc", Encoding.ASCII.GetBytes("{\\rtf1\\ansi\\ansicpg936 {\\fonttbl}}"));
        var (_, errors) = DocumentIntake.Recognise(path);
        Assert.Equal("GP7026", Assert.Single(errors).Code);
        Assert.Contains("另存为", errors[0].Format(Language.Chinese));
    }

    [Fact]
    public void A_docx_saved_under_doc_is_read_as_docx_and_said_so()
    {
        var docx = OfficeNotice.Build(Formatting.Direct, HeadLayout.Paragraphs, wpsRuns: true);
        var named = IntakeTestFiles.AddAndLoad(IntakeTestFiles.Write(_dir, "来文.doc", docx), "01-jszb-2025-31");
        var real = IntakeTestFiles.AddAndLoad(IntakeTestFiles.Write(_dir, "来文.docx", docx), "01-jszb-2025-31");
        Assert.Equal(IntakeTestFiles.Fields(real.Document), IntakeTestFiles.Fields(named.Document));
        Assert.Equal(IntakeTestFiles.BodyBlocks(real.Document), IntakeTestFiles.BodyBlocks(named.Document));
        Assert.Contains(named.Files.Notes, n => n.Code == "GP7138");
    }

    [Fact]
    public void A_web_page_saved_as_doc_is_read_as_a_web_page()
    {
        var html = "<html><head><meta charset=\"utf-8\"><title>通知</title></head><body>" +
                   "<p>晋城市人民政府办公室关于做好秋冬季森林防灭火工作的通知</p><p>晋市政办〔2025〕40号</p>" +
                   "<p>各县（市、区）人民政府，市人民政府各委、办、局：</p><p>为做好今年秋冬季森林防灭火工作，现将有关事项通知如下。</p>" +
                   "<p>晋城市人民政府办公室</p><p>2025年10月20日</p></body></html>";
        var added = IntakeTestFiles.AddAndLoad(IntakeTestFiles.Write(_dir, "来文.doc", Encoding.UTF8.GetBytes(html)), "01-jszb-2025-40");
        Assert.Equal("晋市政办〔2025〕40号", added.Document.DocNumber?.Printed);
        Assert.Equal(new DateOnly(2025, 10, 20), added.Document.Signature?.Date);
        Assert.Contains(added.Files.Notes, n => n.Code == "GP7138");
    }

    [Theory]
    [InlineData(Formatting.Direct)]
    [InlineData(Formatting.Styles)]
    public void A_docx_saved_by_WPS_without_styles_in_compatibility_mode_gives_the_same_document(Formatting formatting)
    {
        var word = OfficeNotice.Build(formatting, HeadLayout.Table, wpsRuns: true);
        var wps = AsWpsSaves(word, dropStyles: formatting == Formatting.Direct);
        var fromWord = IntakeTestFiles.AddAndLoad(IntakeTestFiles.Write(_dir, "word.docx", word), "01-jszb-2025-31");
        var fromWps = IntakeTestFiles.AddAndLoad(IntakeTestFiles.Write(_dir, "wps.docx", wps), "01-jszb-2025-31");
        Assert.Equal(IntakeTestFiles.Fields(fromWord.Document), IntakeTestFiles.Fields(fromWps.Document));
        Assert.Equal(IntakeTestFiles.BodyBlocks(fromWord.Document), IntakeTestFiles.BodyBlocks(fromWps.Document));
        Assert.Equal("晋市政办〔2025〕31号", fromWps.Document.DocNumber?.Printed);
    }

    /// <summary>
    /// What WPS writes: the application name KSOProductBuildVer / WPS Office, Word 2010 compatibility
    /// settings, and (for a file typed with direct formatting) no styles part at all.
    /// </summary>
    private static byte[] AsWpsSaves(byte[] docx, bool dropStyles)
    {
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var document = WordprocessingDocument.Open(stream, true))
        {
            var main = document.MainDocumentPart!;
            if (dropStyles && main.StyleDefinitionsPart is { } styles) main.DeletePart(styles);
            var settings = main.DocumentSettingsPart ?? main.AddNewPart<DocumentSettingsPart>();
            settings.Settings = new Settings(
                new Zoom { Percent = "100" },
                new Compatibility(
                    new CompatibilitySetting { Name = CompatSettingNameValues.CompatibilityMode, Uri = "http://schemas.microsoft.com/office/word", Val = "14" },
                    new CompatibilitySetting { Name = CompatSettingNameValues.OverrideTableStyleFontSizeAndJustification, Uri = "http://schemas.microsoft.com/office/word", Val = "1" }));
            var app = document.ExtendedFilePropertiesPart ?? document.AddExtendedFilePropertiesPart();
            app.Properties = new DocumentFormat.OpenXml.ExtendedProperties.Properties(
                new DocumentFormat.OpenXml.ExtendedProperties.Application("WPS Office_12.1.0.16120"));
            var custom = document.CustomFilePropertiesPart ?? document.AddCustomFilePropertiesPart();
            custom.Properties = new DocumentFormat.OpenXml.CustomProperties.Properties(
                new DocumentFormat.OpenXml.CustomProperties.CustomDocumentProperty(new DocumentFormat.OpenXml.VariantTypes.VTLPWSTR("2052-12.1.0.16120"))
                { FormatId = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}", PropertyId = 2, Name = "KSOProductBuildVer" });
        }
        return stream.ToArray();
    }
}
