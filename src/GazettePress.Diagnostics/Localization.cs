namespace GazettePress.Diagnostics;

/// <summary>The languages every message exists in. Chinese is the default: the editors are Chinese.</summary>
public enum Language
{
    Chinese,
    English,
}

/// <summary>Who can act on a diagnostic; printed with it so that nobody is asked to fix what is not theirs.</summary>
public enum Fixer
{
    /// <summary>The editor, in issue.yaml or a document's Markdown.</summary>
    Editor,
    /// <summary>Whoever maintains the templates and style files.</summary>
    Designer,
    /// <summary>Whoever installed GazettePress (fonts, folders, permissions).</summary>
    Setup,
    /// <summary>A problem of the file given to the print shop, fixed upstream of it.</summary>
    PrintShop,
    /// <summary>A bug: report it.</summary>
    Developer,
}

/// <summary>The language messages are shown in: <c>--lang</c>, else the environment, else Chinese.</summary>
public static class Localization
{
    private static readonly Lazy<Language> FromProcessEnvironment = new(() => FromEnvironment(Environment.GetEnvironmentVariable));
    private static readonly AsyncLocal<Language?> Chosen = new();

    /// <summary>
    /// The language of the running command: what the command line chose (<c>--lang</c>), else the
    /// environment's. Per logical call (AsyncLocal), so commands run side by side in one process
    /// (tests, watch) do not change each other's language.
    /// </summary>
    public static Language Current
    {
        get => Chosen.Value ?? FromProcessEnvironment.Value;
        set => Chosen.Value = value;
    }

    /// <summary>
    /// POSIX precedence: LANGUAGE, LC_ALL, LC_MESSAGES, LANG — the first that is set decides; English
    /// when it starts with "en", Chinese otherwise (C, POSIX, zh_CN and unset included).
    /// </summary>
    public static Language FromEnvironment(Func<string, string?> variable)
    {
        foreach (var name in new[] { "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG" })
        {
            var value = variable(name);
            if (string.IsNullOrWhiteSpace(value)) continue;
            return value.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? Language.English : Language.Chinese;
        }
        return Language.Chinese;
    }

    /// <summary>Parses a <c>--lang</c> value: zh, zh-CN, zh_CN, en, en-US …; null when not a language we have.</summary>
    public static Language? Parse(string value) =>
        value.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? Language.Chinese
        : value.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? Language.English
        : null;
}
