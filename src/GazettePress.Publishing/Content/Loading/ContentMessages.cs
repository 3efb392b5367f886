using GazettePress.Diagnostics;

namespace GazettePress.Content.Loading;

/// <summary>
/// The issue loader's diagnostics and the texts filled into them (catalogue files content*.ini).
/// Codes keep the meaning of the old GP0nn codes: GP001 became GP1001, and so on.
/// </summary>
public static class ContentMessages
{
    public static readonly DiagnosticId YamlSyntax = new("GP1001");
    public static readonly DiagnosticId MissingField = new("GP1002");
    public static readonly DiagnosticId MalformedValue = new("GP1003");
    public static readonly DiagnosticId UnknownKey = new("GP1004");
    public static readonly DiagnosticId BadDate = new("GP1005");
    public static readonly DiagnosticId InvalidUtf8 = new("GP1006");
    public static readonly DiagnosticId IssueNotFound = new("GP1007");
    public static readonly DiagnosticId DuplicateDocument = new("GP1008");
    public static readonly DiagnosticId MissingDocumentFile = new("GP1009");
    public static readonly DiagnosticId UnlistedDocument = new("GP1010");
    public static readonly DiagnosticId BadDocNumber = new("GP1011");
    public static readonly DiagnosticId FrontMatter = new("GP1012");
    public static readonly DiagnosticId QrSourceCount = new("GP1013");
    public static readonly DiagnosticId MissingImage = new("GP1014");
    public static readonly DiagnosticId BrokenAnchor = new("GP1015");
    public static readonly DiagnosticId UnknownLinkTarget = new("GP1016");
    public static readonly DiagnosticId UndrawableCharacter = new("GP1017");
    public static readonly DiagnosticId BadId = new("GP1018");
    public static readonly DiagnosticId DuplicateAnchor = new("GP1019");
    public static readonly DiagnosticId EmptySection = new("GP1020");
    public static readonly DiagnosticId UnknownContainer = new("GP1021");
    public static readonly DiagnosticId SuspiciousScript = new("GP1022");
    public static readonly DiagnosticId ListWithoutDashes = new("GP1023");
    public static readonly DiagnosticId FullWidthQuotes = new("GP1024");
    public static readonly DiagnosticId OpenReviewNote = new("GP1050");

    public static readonly DiagnosticId DateAfterPublication = new("GP1100");
    public static readonly DiagnosticId DocNumberYearDiffers = new("GP1101");
    public static readonly DiagnosticId DocNumberYearAfterPublication = new("GP1102");
    public static readonly DiagnosticId PublishedOutsideYear = new("GP1103");
    public static readonly DiagnosticId ListedDraft = new("GP1104");
    public static readonly DiagnosticId QrPlaceholder = new("GP1105");
    public static readonly DiagnosticId PlaceholderInFinal = new("GP1106");
    public static readonly DiagnosticId IssuersRunTogether = new("GP1107");

    // Where in a YAML file a key belongs.
    public static readonly TextId WhereIssue = new("content.where.issue");
    public static readonly TextId WhereFrontMatter = new("content.where.front-matter");
    public static readonly TextId WhereUnder = new("content.where.under");
    public static readonly TextId WhereItem = new("content.where.item");
    public static readonly TextId DidYouMean = new("content.did-you-mean");
    public static readonly TextId KnownKeys = new("content.known-keys");

    // GP1001: the recognised causes of a YAML syntax error, and their fixes.
    public static readonly TextId YamlFullWidthColon = new("content.yaml.full-width-colon");
    public static readonly TextId YamlNoSpaceAfterColon = new("content.yaml.no-space-after-colon");
    public static readonly TextId YamlMissingColon = new("content.yaml.missing-colon");
    public static readonly TextId YamlFullWidthIndent = new("content.yaml.full-width-indent");
    public static readonly TextId YamlTabIndent = new("content.yaml.tab-indent");
    public static readonly TextId YamlFullWidthDash = new("content.yaml.full-width-dash");
    public static readonly TextId YamlDashWithoutSpace = new("content.yaml.dash-space");
    public static readonly TextId YamlFullWidthQuotes = new("content.yaml.full-width-quotes");
    public static readonly TextId YamlUnclosedBracket = new("content.yaml.unclosed-bracket");
    public static readonly TextId YamlUnclosedQuote = new("content.yaml.unclosed-quote");
    public static readonly TextId YamlMissingDash = new("content.yaml.missing-dash");
    public static readonly TextId YamlColonInValue = new("content.yaml.colon-in-value");
    public static readonly TextId YamlSpecialStart = new("content.yaml.special-start");
    public static readonly TextId YamlDuplicateKey = new("content.yaml.duplicate-key");
    public static readonly TextId YamlIndentation = new("content.yaml.indentation");
    public static readonly TextId YamlOther = new("content.yaml.other");
    public static readonly TextId YamlFixReplaceLine = new("content.yaml.fix.replace-line");
    public static readonly TextId YamlFixSpaces = new("content.yaml.fix.spaces");
    public static readonly TextId YamlFixClose = new("content.yaml.fix.close");
    public static readonly TextId YamlFixDuplicateKey = new("content.yaml.fix.duplicate-key");
    public static readonly TextId YamlFixGeneral = new("content.yaml.fix.general");
    public static readonly TextId Tab = new("content.tab");
    public static readonly TextId FullWidthSpace = new("content.full-width-space");

    // GP1002
    public static readonly TextId MissingKey = new("content.missing.key");
    public static readonly TextId MissingValue = new("content.missing.value");
    public static readonly TextId IssueEmpty = new("content.missing.issue-empty");
    public static readonly TextId FrontMatterEmpty = new("content.missing.front-matter-empty");
    public static readonly TextId TitleHasNoLines = new("content.missing.title-lines");
    public static readonly TextId SectionsEmpty = new("content.missing.sections-empty");
    public static readonly TextId SignatureWithoutIssuer = new("content.missing.signature-who");
    public static readonly TextId FixAddLine = new("content.fix.add-line");
    public static readonly TextId FixStartIssue = new("content.fix.start-issue");
    public static readonly TextId FixFrontMatterMinimum = new("content.fix.front-matter-minimum");
    public static readonly TextId FixTitleLines = new("content.fix.title-lines");
    public static readonly TextId FixSections = new("content.fix.sections");
    public static readonly TextId FixSignatureWho = new("content.fix.signature-who");

    // GP1003
    public static readonly TextId KeyNotText = new("content.malformed.key-not-text");
    public static readonly TextId NotMapping = new("content.malformed.not-mapping");
    public static readonly TextId NotNumber = new("content.malformed.not-number");
    public static readonly TextId NotPositive = new("content.malformed.not-positive");
    public static readonly TextId NotBool = new("content.malformed.not-bool");
    public static readonly TextId NotList = new("content.malformed.not-list");
    public static readonly TextId NotText = new("content.malformed.not-text");
    public static readonly TextId NotWebAddress = new("content.malformed.not-web-address");
    public static readonly TextId ShapeList = new("content.shape.list");
    public static readonly TextId ShapeMapping = new("content.shape.mapping");
    public static readonly TextId FixMapping = new("content.fix.mapping");
    public static readonly TextId FixDigits = new("content.fix.digits");
    public static readonly TextId FixPositive = new("content.fix.positive");
    public static readonly TextId FixBool = new("content.fix.bool");
    public static readonly TextId FixList = new("content.fix.list");
    public static readonly TextId FixText = new("content.fix.text");
    public static readonly TextId FixPair = new("content.fix.pair");
    public static readonly TextId FixWebAddress = new("content.fix.web-address");
    public static readonly TextId FixAttachment = new("content.fix.attachment");

    // GP1005
    public static readonly TextId DateFixGeneral = new("content.date.fix.general");
    public static readonly TextId DateFixRewrite = new("content.date.fix.rewrite");
    public static readonly TextId DateFixNoSuchDay = new("content.date.fix.no-such-day");

    // GP1007, GP1009, GP1018
    public static readonly TextId FolderMissing = new("content.issue.folder-missing");
    public static readonly TextId NoIssueYaml = new("content.issue.no-issue-yaml");
    public static readonly TextId DocumentFixCreate = new("content.document.fix.create");
    public static readonly TextId DocumentFixNear = new("content.document.fix.near");
    public static readonly TextId BadDocumentId = new("content.id.document");
    public static readonly TextId FixDocumentId = new("content.id.fix.document");
    public static readonly TextId FixSeparateIds = new("content.id.fix.separate");
    public static readonly TextId BadAnchorId = new("content.id.anchor");
    public static readonly TextId FixAnchorId = new("content.id.fix.anchor");
    public static readonly TextId UnreadAnchorId = new("content.id.unread");

    // GP1011, GP1012, GP1013, GP1014
    public static readonly TextId DocNumberFixBrackets = new("content.doc-number.fix.brackets");
    public static readonly TextId DocNumberFixSpaces = new("content.doc-number.fix.spaces");
    public static readonly TextId DocNumberFixDigits = new("content.doc-number.fix.digits");
    public static readonly TextId DocNumberFixGeneral = new("content.doc-number.fix.general");
    public static readonly TextId FrontMatterMissing = new("content.front-matter.missing");
    public static readonly TextId FrontMatterUnclosed = new("content.front-matter.unclosed");
    public static readonly TextId QrNone = new("content.qr.none");
    public static readonly TextId QrSeveral = new("content.qr.several");
    public static readonly TextId ImageOutside = new("content.image.outside");
    public static readonly TextId ImageMissing = new("content.image.missing");
    public static readonly TextId ImageFixOutside = new("content.image.fix.outside");
    public static readonly TextId ImageFixNear = new("content.image.fix.near");
    public static readonly TextId ImageFixGeneral = new("content.image.fix.general");

    // GP1015, GP1016, GP1017, GP1021, GP1022
    public static readonly TextId LinkFixAnchorNear = new("content.link.fix.anchor-near");
    public static readonly TextId LinkFixAnchorGive = new("content.link.fix.anchor-give");
    public static readonly TextId LinkFixAttachment = new("content.link.fix.attachment");
    public static readonly TextId LinkFixNoAttachments = new("content.link.fix.no-attachments");
    public static readonly TextId LinkFixTargetNear = new("content.link.fix.target-near");
    public static readonly TextId LinkFixTarget = new("content.link.fix.target");
    public static readonly TextId ContainerFixNear = new("content.container.fix.near");
    public static readonly TextId ContainerFixGeneral = new("content.container.fix.general");
    public static readonly TextId Subscript = new("content.script.sub");
    public static readonly TextId Superscript = new("content.script.sup");
    public static readonly TextId CoverageAlso = new("content.coverage.also");

    public static readonly TextId FinalQr = new("content.final.qr");
}
