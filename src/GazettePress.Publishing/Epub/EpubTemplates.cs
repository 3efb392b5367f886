using System.Reflection;
using Scriban;
using Scriban.Runtime;

namespace GazettePress.Publishing.Epub;

/// <summary>
/// The Scriban templates of the e-edition (templates/epub/, embedded in this assembly so a build
/// needs no path to the repository). A template directory given explicitly overrides them, so a
/// gazette can restyle its e-edition without a rebuild.
/// </summary>
internal sealed class EpubTemplates
{
    public const string Cover = "cover.xhtml";
    public const string Navigation = "nav.xhtml";
    public const string About = "about.xhtml";
    public const string Document = "document.xhtml";
    public const string Colophon = "colophon.xhtml";
    public const string Stylesheet = "gazette.css";

    private static readonly string[] TemplateNames = [Cover, Navigation, About, Document, Colophon];

    private readonly Dictionary<string, Template> _templates;

    public string Css { get; }

    private EpubTemplates(Dictionary<string, Template> templates, string css)
    {
        _templates = templates;
        Css = css;
    }

    public static EpubTemplates Load(string? overrideDirectory = null)
    {
        var templates = new Dictionary<string, Template>(StringComparer.Ordinal);
        foreach (var name in TemplateNames)
        {
            var (text, path) = ReadText(name, overrideDirectory);
            var template = Template.Parse(text, path);
            if (template.HasErrors)
                throw new InvalidOperationException($"EPUB template {path} does not parse: {string.Join("; ", template.Messages)}");
            templates[name] = template;
        }
        return new EpubTemplates(templates, ReadText(Stylesheet, overrideDirectory).Text);
    }

    /// <summary>Renders a template with <paramref name="globals"/> (snake_case names, built without
    /// reflection by <see cref="EpubTemplateModels"/>). Unknown variables are errors, so a typo in a
    /// template fails loudly.</summary>
    public string Render(string name, ScriptObject globals)
    {
        var context = new TemplateContext
        {
            StrictVariables = true,
            LoopLimit = 0,
            LimitToString = 0, // Scriban's default cuts a page at 1 MB of text
        };
        context.PushGlobal(globals);
        return _templates[name].Render(context);
    }

    private static (string Text, string Path) ReadText(string name, string? overrideDirectory)
    {
        if (overrideDirectory is not null)
        {
            var file = System.IO.Path.Combine(overrideDirectory, name);
            if (File.Exists(file)) return (File.ReadAllText(file), file);
        }
        var resource = "templates/epub/" + name;
        using var stream = typeof(EpubTemplates).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Embedded EPUB template {resource} is missing from {Assembly.GetExecutingAssembly().GetName().Name}.");
        using var reader = new StreamReader(stream);
        return (reader.ReadToEnd(), resource);
    }
}
