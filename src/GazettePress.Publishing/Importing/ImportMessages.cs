using GazettePress.Diagnostics;

namespace GazettePress.Importing;

/// <summary>The importer's diagnostics and texts (Catalogue/import.ini).</summary>
public static class ImportMessages
{
    public static readonly DiagnosticId InputNotFound = new("GP6001");
    public static readonly DiagnosticId NotDecodable = new("GP6002");
    public static readonly DiagnosticId NoDocument = new("GP6003");
    public static readonly DiagnosticId CannotWrite = new("GP6004");

    public static readonly TextId ReviewTitle = new("import.review.title");
    public static readonly TextId ReviewIntro = new("import.review.intro");
    public static readonly TextId ReviewLine = new("import.review.line");
    public static readonly TextId Summary = new("import.summary");
    public static readonly TextId FrontMatterNote = new("import.review.front-matter");
    public static readonly TextId FrontMatterRepairs = new("import.review.front-matter-repairs");
    public static readonly TextId ArticleGap = new("import.review.article-gap");
    public static readonly TextId AttachmentsBeforeSignature = new("import.review.attachments-before-signature");
    public static readonly TextId AttachmentsSorted = new("import.review.attachments-sorted");
    public static readonly TextId BackMatter = new("import.review.back-matter");
    public static readonly TextId BulletsRemoved = new("import.review.bullets");
    public static readonly TextId ColophonReordered = new("import.review.colophon-reordered");
    public static readonly TextId ColophonUnlabelled = new("import.review.colophon-unlabelled");
    public static readonly TextId ConsultationContinued = new("import.review.consultation-continued");
    public static readonly TextId CumulativeMissing = new("import.review.cumulative-missing");
    public static readonly TextId DateDigitsRepaired = new("import.review.date-digits");
    public static readonly TextId DateGlued = new("import.review.date-glued");
    public static readonly TextId DocNumberDiffers = new("import.review.doc-number-differs");
    public static readonly TextId DocNumberDigitsRepaired = new("import.review.doc-number-digits");
    public static readonly TextId DocNumberGlued = new("import.review.doc-number-glued");
    public static readonly TextId EditionUrlInvalid = new("import.review.edition-url-invalid");
    public static readonly TextId EditionUrlScheme = new("import.review.edition-url-scheme");
    public static readonly TextId EncodingDamagedLine = new("import.review.encoding-damaged");
    public static readonly TextId EncodingAmbiguous = new("import.review.encoding-ambiguous");
    public static readonly TextId EncodingGb = new("import.review.encoding-gb");
    public static readonly TextId EncodingGbDoubtful = new("import.review.encoding-gb-doubtful");
    public static readonly TextId FoundByTocTitle = new("import.review.found-by-toc-title");
    public static readonly TextId HeadingRunIn = new("import.review.heading-run-in");
    public static readonly TextId IssuerFromTitle = new("import.review.issuer-from-title");
    public static readonly TextId KindGuessed = new("import.review.kind-guessed");
    public static readonly TextId LatinRoman = new("import.review.latin-roman");
    public static readonly TextId MastheadDigitsRepaired = new("import.review.masthead-digits");
    public static readonly TextId NoAttachedTitle = new("import.review.no-attached-title");
    public static readonly TextId NoHeadInDocument = new("import.review.no-head");
    public static readonly TextId NoSections = new("import.review.no-sections");
    public static readonly TextId NoSignatureDate = new("import.review.no-signature-date");
    public static readonly TextId NoTitle = new("import.review.no-title");
    public static readonly TextId NoToc = new("import.review.no-toc");
    public static readonly TextId NotInToc = new("import.review.not-in-toc");
    public static readonly TextId NumberMissing = new("import.review.number-missing");
    public static readonly TextId OcrCorrected = new("import.review.ocr-corrected");
    public static readonly TextId OrderDiffers = new("import.review.order-differs");
    public static readonly TextId PageBackwards = new("import.review.page-backwards");
    public static readonly TextId PageBreakJoined = new("import.review.page-break-joined");
    public static readonly TextId ParserFailed = new("import.review.parser-failed");
    public static readonly TextId PublishedFromDates = new("import.review.published-from-dates");
    public static readonly TextId PublishedInvalid = new("import.review.published-invalid");
    public static readonly TextId PublishedMissing = new("import.review.published-missing");
    public static readonly TextId PunctuationWidened = new("import.review.punctuation");
    public static readonly TextId QrPlaceholder = new("import.review.qr-placeholder");
    public static readonly TextId RegistrationAttached = new("import.review.registration");
    public static readonly TextId RepeatedAtPageBreak = new("import.review.repeated");
    public static readonly TextId ResidueRemoved = new("import.review.residue");
    public static readonly TextId RunningHeadsRemoved = new("import.review.running-heads");
    public static readonly TextId SectionInMasthead = new("import.review.section-in-masthead");
    public static readonly TextId SectionLabelRepaired = new("import.review.section-label");
    public static readonly TextId SignatureGlued = new("import.review.signature-glued");
    public static readonly TextId SignatureRepeated = new("import.review.signature-repeated");
    public static readonly TextId SignatureSplit = new("import.review.signature-split");
    public static readonly TextId SpacesRemoved = new("import.review.spaces");
    public static readonly TextId SponsorFromColophon = new("import.review.sponsor-from-colophon");
    public static readonly TextId SponsorMissing = new("import.review.sponsor-missing");
    public static readonly TextId TitleDiffersFromToc = new("import.review.title-differs");
    public static readonly TextId TitleGuessed = new("import.review.title-guessed");
    public static readonly TextId TitleLineTooLong = new("import.review.title-too-long");
    public static readonly TextId TitleLines = new("import.review.title-lines");
    public static readonly TextId TitleMissing = new("import.review.title-missing");
    public static readonly TextId TocEntryUnread = new("import.review.toc-entry-unread");
    public static readonly TextId TocEntryWithoutText = new("import.review.toc-entry-without-text");
    public static readonly TextId TocHeadingRepaired = new("import.review.toc-heading");
    public static readonly TextId TocNoPage = new("import.review.toc-no-page");
    public static readonly TextId TocStrayGlyph = new("import.review.toc-stray-glyph");
    public static readonly TextId YearMissing = new("import.review.year-missing");

    public static readonly TextId KeyValueJoined = new("import.review.key-value-joined");
    public static readonly TextId NamesStacked = new("import.review.names-stacked");
    public static readonly TextId SignatureAfterList = new("import.review.signature-after-list");
    public static readonly TextId WebDetailsMoved = new("import.review.web-details");
    public static readonly TextId WebDocNumberUsed = new("import.review.web-doc-number");
    public static readonly TextId WebDocNumberDiffers = new("import.review.web-doc-number-differs");
    public static readonly TextId WebDateUsed = new("import.review.web-date");
    public static readonly TextId WebDateDiffers = new("import.review.web-date-differs");
    public static readonly TextId UnplacedText = new("import.review.unplaced-text");
    public static readonly TextId ListSeparator = new("import.review.list-separator");

    private static readonly TextId RoutinePageBreaks = new("import.review.routine.page-breaks");
    private static readonly TextId RoutineKeyValues = new("import.review.routine.key-values");
    private static readonly TextId RoutinePunctuation = new("import.review.routine.punctuation");
    private static readonly TextId RoutineSpaces = new("import.review.routine.spaces");
    private static readonly TextId RoutineMarkup = new("import.review.routine.markup");
    private static readonly TextId RoutineTitleLines = new("import.review.routine.title-lines");
    private static readonly TextId RoutineDocNumber = new("import.review.routine.doc-number");
    private static readonly TextId RoutineSignature = new("import.review.routine.signature");
    private static readonly TextId RoutineQr = new("import.review.routine.qr");
    private static readonly TextId RoutineAttachments = new("import.review.routine.attachments");
    private static readonly TextId RoutineRegistration = new("import.review.routine.registration");
    private static readonly TextId RoutineWebDetails = new("import.review.routine.web-details");

    /// <summary>
    /// Repairs whose result is plain to see in the imported text and that rarely need a decision: the
    /// front matter counts them in one note (review.md still lists each). Everything else is a doubt
    /// and gets a note of its own.
    /// </summary>
    private static readonly Dictionary<TextId, TextId> RoutineKinds = new()
    {
        [PageBreakJoined] = RoutinePageBreaks,
        [RunningHeadsRemoved] = RoutinePageBreaks,
        [KeyValueJoined] = RoutineKeyValues,
        [NamesStacked] = RoutineKeyValues,
        [WebDetailsMoved] = RoutineWebDetails,
        [PunctuationWidened] = RoutinePunctuation,
        [SpacesRemoved] = RoutineSpaces,
        [BulletsRemoved] = RoutineMarkup,
        [ResidueRemoved] = RoutineMarkup,
        [TitleLines] = RoutineTitleLines,
        [DocNumberGlued] = RoutineDocNumber,
        [SignatureSplit] = RoutineSignature,
        [SignatureGlued] = RoutineSignature,
        [DateGlued] = RoutineSignature,
        [SignatureRepeated] = RoutineSignature,
        [QrPlaceholder] = RoutineQr,
        [AttachmentsBeforeSignature] = RoutineAttachments,
        [ConsultationContinued] = RoutineAttachments,
        [RegistrationAttached] = RoutineRegistration,
    };

    /// <summary>Whether a review text is a routine repair (counted) rather than a doubt (listed).</summary>
    public static bool IsRoutine(TextId text) => RoutineKinds.ContainsKey(text);

    /// <summary>The short name of a routine repair's kind, with a {count} placeholder.</summary>
    public static TextId RoutineKind(TextId text) => RoutineKinds[text];

    public static readonly TextId YamlHeader = new("import.yaml.header");
    public static readonly TextId YamlPlaceholder = new("import.yaml.placeholder");

    private static readonly TextId PlaceholderGazetteTitle = new("import.placeholder.gazette-title");
    private static readonly TextId PlaceholderSponsor = new("import.placeholder.sponsor");
    private static readonly TextId PlaceholderUnsortedSection = new("import.placeholder.unsorted-section");
    private static readonly TextId PlaceholderDocumentTitle = new("import.placeholder.document-title");
    private static readonly TextId PlaceholderIssuer = new("import.placeholder.issuer");

    /// <summary>
    /// Values written where the source had none: they are content of a Chinese gazette (they are typeset
    /// if the editor leaves them), so they are always in Chinese, whatever the language of the messages.
    /// </summary>
    public static string UnknownGazetteTitle => PlaceholderGazetteTitle.With().Render(Language.Chinese);
    public static string UnknownSponsor => PlaceholderSponsor.With().Render(Language.Chinese);
    public static string UnsortedSection => PlaceholderUnsortedSection.With().Render(Language.Chinese);
    public static string UnknownDocumentTitle => PlaceholderDocumentTitle.With().Render(Language.Chinese);
    public static string UnknownIssuer => PlaceholderIssuer.With().Render(Language.Chinese);

    private static readonly TextId HeadingUndecided = new("import.review.heading.undecided");
    private static readonly TextId HeadingDocuments = new("import.review.heading.documents");
    private static readonly TextId HeadingToc = new("import.review.heading.toc");
    private static readonly TextId HeadingMasthead = new("import.review.heading.masthead");
    private static readonly TextId HeadingOcrSuspect = new("import.review.heading.ocrsuspect");
    private static readonly TextId HeadingPageBreak = new("import.review.heading.pagebreak");
    private static readonly TextId HeadingSignature = new("import.review.heading.signature");
    private static readonly TextId HeadingRegistration = new("import.review.heading.registration");
    private static readonly TextId HeadingTitle = new("import.review.heading.title");
    private static readonly TextId HeadingAttachments = new("import.review.heading.attachments");
    private static readonly TextId HeadingColophon = new("import.review.heading.colophon");
    private static readonly TextId HeadingPunctuation = new("import.review.heading.punctuation");
    private static readonly TextId HeadingSpaces = new("import.review.heading.spaces");
    private static readonly TextId HeadingBullets = new("import.review.heading.bullets");
    private static readonly TextId HeadingMarkup = new("import.review.heading.markup");
    private static readonly TextId HeadingNumbering = new("import.review.heading.numbering");
    private static readonly TextId HeadingBackMatter = new("import.review.heading.backmatter");
    private static readonly TextId HeadingEncoding = new("import.review.heading.encoding");
    private static readonly TextId HeadingWebPage = new("import.review.heading.webpage");

    /// <summary>The review.md heading of a category.</summary>
    public static TextId CategoryHeading(ReviewCategory category) => category switch
    {
        ReviewCategory.Undecided => HeadingUndecided,
        ReviewCategory.Documents => HeadingDocuments,
        ReviewCategory.Toc => HeadingToc,
        ReviewCategory.Masthead => HeadingMasthead,
        ReviewCategory.OcrSuspect => HeadingOcrSuspect,
        ReviewCategory.PageBreak => HeadingPageBreak,
        ReviewCategory.Signature => HeadingSignature,
        ReviewCategory.Registration => HeadingRegistration,
        ReviewCategory.Title => HeadingTitle,
        ReviewCategory.Attachments => HeadingAttachments,
        ReviewCategory.Colophon => HeadingColophon,
        ReviewCategory.Punctuation => HeadingPunctuation,
        ReviewCategory.Spaces => HeadingSpaces,
        ReviewCategory.Bullets => HeadingBullets,
        ReviewCategory.Markup => HeadingMarkup,
        ReviewCategory.Numbering => HeadingNumbering,
        ReviewCategory.BackMatter => HeadingBackMatter,
        ReviewCategory.Encoding => HeadingEncoding,
        ReviewCategory.WebPage => HeadingWebPage,
        _ => HeadingUndecided,
    };
}
