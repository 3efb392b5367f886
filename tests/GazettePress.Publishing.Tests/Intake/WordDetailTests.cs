using GazettePress.Intake;
using GazettePress.Intake.Writing;
using GazettePress.Diagnostics;
using SkiaSharp;

namespace GazettePress.Publishing.Tests.Intake;

/// <summary>Pictures and merged table cells: carried over, and the doubts they raise are noted.</summary>
public sealed class WordDetailTests
{
    private static byte[] Png(int width, int height)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap)) canvas.Clear(SKColors.SteelBlue);
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    [Fact]
    public void A_picture_goes_to_images_with_a_note_when_its_size_will_change_and_merged_cells_are_noted()
    {
        var d = new OfficeDocx(Formatting.Direct);
        d.Title(["关于公布城市更新示范项目的通知"], false);
        d.Line("各县（市、区）人民政府：", Role.Addressee);
        d.Line("现将示范项目位置图公布如下。");
        d.Picture(Png(400, 200), widthMm: 150, heightMm: 75, description: "示范项目位置图");
        d.Table([["项目", "地点"], ["老旧小区改造", "城区"]], mergeFirstRow: true);
        var dir = IntakeTestFiles.TempDirectory("detail");
        try
        {
            var path = IntakeTestFiles.Write(dir, "p.docx", d.Save());
            var (recognised, errors) = DocumentIntake.Recognise(path);
            Assert.Empty(errors);
            var files = DocumentFileWriter.Write(recognised!, "01-doc", path, Language.Chinese);
            Assert.Equal(["images/01-doc-1.png"], files.Images.Keys);
            Assert.Contains("![示范项目位置图](images/01-doc-1.png)", files.Markdown);
            // 400 px are set at about 106 mm, not the 150 mm of the original: said so.
            Assert.Contains(files.Notes, n => n.Code == "GP7114" && n.Render(Language.Chinese).Message.Contains("150"));
            Assert.Contains(files.Notes, n => n.Code == "GP7113");
            Assert.Contains("| 项目 |  |\n| --- | --- |\n| 老旧小区改造 | 城区 |", files.Markdown);
            var (document, _, _) = IntakeTestFiles.AddAndLoad(path, "01-doc");
            Assert.Contains(IntakeTestFiles.BodyBlocks(document), b => b.StartsWith("p.", StringComparison.Ordinal) && b.Contains("现将示范项目位置图"));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
