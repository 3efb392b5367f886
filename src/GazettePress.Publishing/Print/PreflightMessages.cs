using GazettePress.Diagnostics;

namespace GazettePress.Publishing.Print;

/// <summary>The texts of the preflight report (print.ini, preflight.*).</summary>
public static class PreflightMessages
{
    public static readonly TextId LinePass = new("preflight.line.pass");
    public static readonly TextId LineFail = new("preflight.line.fail");
    public static readonly TextId FirstAndMore = new("preflight.first-and-more");
    public static readonly TextId AndMore = new("preflight.and-more");
    public static readonly TextId Pages = new("preflight.pages");
    public static readonly TextId Page = new("preflight.page");
    public static readonly TextId None = new("preflight.none");
    public static readonly TextId Encrypted = new("preflight.encrypted");
    public static readonly TextId Unreadable = new("preflight.unreadable");
    public static readonly TextId Damaged = new("preflight.damaged");
    public static readonly TextId SyntaxPass = new("preflight.syntax-pass");
    public static readonly TextId Repaired = new("preflight.repaired");
    public static readonly TextId FontsType3 = new("preflight.fonts.type3");
    public static readonly TextId FontsNotEmbedded = new("preflight.fonts.not-embedded");
    public static readonly TextId FontsNotSubsetGlyphs = new("preflight.fonts.not-subset-glyphs");
    public static readonly TextId FontsNotSubsetBytes = new("preflight.fonts.not-subset-bytes");
    public static readonly TextId FontsNone = new("preflight.fonts.none");
    public static readonly TextId FontsPass = new("preflight.fonts.pass");
    public static readonly TextId BoxesNoTrim = new("preflight.boxes.no-trim");
    public static readonly TextId BoxesNoBleed = new("preflight.boxes.no-bleed");
    public static readonly TextId BoxesBleedSize = new("preflight.boxes.bleed-size");
    public static readonly TextId BoxesOutsideMedia = new("preflight.boxes.outside-media");
    public static readonly TextId BoxesPass = new("preflight.boxes.pass");
    public static readonly TextId BleedShort = new("preflight.bleed.short");
    public static readonly TextId BleedPass = new("preflight.bleed.pass");
    public static readonly TextId PageCountPass = new("preflight.page-count.pass");
    public static readonly TextId PageCountFail = new("preflight.page-count.fail");
    public static readonly TextId BlackText = new("preflight.black.text");
    public static readonly TextId BlackPaths = new("preflight.black.paths");
    public static readonly TextId BlackMasks = new("preflight.black.masks");
    public static readonly TextId BlackPass = new("preflight.black.pass");
    public static readonly TextId ImagesLow = new("preflight.images.low");
    public static readonly TextId ImagesNone = new("preflight.images.none");
    public static readonly TextId ImagesPass = new("preflight.images.pass");
    public static readonly TextId QrUnfilled = new("preflight.qr.unfilled");
    public static readonly TextId QrUnfilledOnPage = new("preflight.qr.unfilled-on-page");
    public static readonly TextId QrFail = new("preflight.qr.fail");
    public static readonly TextId QrPass = new("preflight.qr.pass");
    public static readonly TextId PdfxRequired = new("preflight.pdfx.required");
    public static readonly TextId PdfxNotDeclared = new("preflight.pdfx.not-declared");
    public static readonly TextId PdfxPass = new("preflight.pdfx.pass");
    public static readonly TextId PdfxFail = new("preflight.pdfx.fail");
    public static readonly TextId PdfxIntents = new("preflight.pdfx.intents");
    public static readonly TextId PdfxNoIdentifier = new("preflight.pdfx.no-identifier");
    public static readonly TextId PdfxTrapped = new("preflight.pdfx.trapped");
    public static readonly TextId PdfxNoTitle = new("preflight.pdfx.no-title");
    public static readonly TextId PdfxNoDates = new("preflight.pdfx.no-dates");
    public static readonly TextId PdfxNoId = new("preflight.pdfx.no-id");
    public static readonly TextId PdfxEncrypted = new("preflight.pdfx.encrypted");
    public static readonly TextId PdfxAnnotations = new("preflight.pdfx.annotations");
    public static readonly TextId PdfxFontNotEmbedded = new("preflight.pdfx.font-not-embedded");
    public static readonly TextId PdfxVersion = new("preflight.pdfx.version");
    public static readonly TextId PdfxRgb = new("preflight.pdfx.rgb");
    public static readonly TextId PdfxSoftMask = new("preflight.pdfx.soft-mask");
    public static readonly TextId PdfxImageSpace = new("preflight.pdfx.image-space");
    public static readonly TextId PdfxColourSpace = new("preflight.pdfx.colour-space");
    public static readonly TextId PdfxTransparency = new("preflight.pdfx.transparency");
    public static readonly TextId InkcovFailed = new("preflight.inkcov.failed");
    public static readonly TextId InkcovColour = new("preflight.inkcov.colour");
    public static readonly TextId InkcovPass = new("preflight.inkcov.pass");
    public static readonly TextId InkcovCannotRun = new("preflight.inkcov.cannot-run");
}
