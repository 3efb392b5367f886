namespace GazettePress.Content.Loading;

/// <summary>
/// Diagnostic codes of the issue loader. Each is documented in docs/content-format.md; codes are never reused.
/// </summary>
public static class ContentCodes
{
    public const string YamlSyntax = "GP001";
    public const string MissingField = "GP002";
    public const string MalformedValue = "GP003";
    public const string UnknownKey = "GP004";
    public const string BadDate = "GP005";
    public const string InvalidUtf8 = "GP006";
    public const string IssueNotFound = "GP007";
    public const string DuplicateDocument = "GP008";
    public const string MissingDocumentFile = "GP009";
    public const string UnlistedDocument = "GP010";
    public const string BadDocNumber = "GP011";
    public const string FrontMatter = "GP012";
    public const string QrSourceCount = "GP013";
    public const string MissingImage = "GP014";
    public const string BrokenAnchor = "GP015";
    public const string UnknownLinkTarget = "GP016";
    public const string UndrawableCharacter = "GP017";
    public const string BadId = "GP018";
    public const string DuplicateAnchor = "GP019";
    public const string EmptySection = "GP020";
    public const string UnknownContainer = "GP021";
    public const string SuspiciousScript = "GP022";
}
