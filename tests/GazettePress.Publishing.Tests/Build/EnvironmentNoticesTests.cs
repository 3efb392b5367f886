using GazettePress.Diagnostics;
using GazettePress.Layout;
using GazettePress.Publishing.Build;

namespace GazettePress.Publishing.Tests.Build;

/// <summary>
/// A font role falling back (GP3003) is the installer's business: build shows it once per font set,
/// remembered under the cache folder it is given, and shows issue problems every time.
/// </summary>
public sealed class EnvironmentNoticesTests : IDisposable
{
    private readonly string _state = Path.Combine(Path.GetTempPath(), "gp-state-" + Guid.NewGuid().ToString("N"));
    private readonly string _fonts = Path.Combine(Path.GetTempPath(), "gp-fonts-" + Guid.NewGuid().ToString("N"));

    public EnvironmentNoticesTests()
    {
        Directory.CreateDirectory(_fonts);
        File.WriteAllBytes(Path.Combine(_fonts, "a.ttf"), new byte[100]);
    }

    public void Dispose()
    {
        foreach (var dir in new[] { _state, _fonts })
            if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
    }

    private static readonly Diagnostic Fallback = Diagnostic.Create(LayoutMessages.FontRoleFallback, SourceLocation.None,
        ("role", LayoutMessages.RoleFangSong.With()), ("stand", "LXGW WenKai"));

    private static readonly Diagnostic IssueWarning = Diagnostic.Create(LayoutMessages.LineTooWide, new SourceLocation("docs/a.md", 3),
        ("text", "http://example.com/very/long"), ("overflow", 3.5));

    [Fact]
    public void An_environment_warning_shows_once_per_font_set_and_issue_warnings_always()
    {
        var notices = new EnvironmentNotices(_state);
        IReadOnlyList<Diagnostic> all = [Fallback, IssueWarning];
        Assert.Equal(Fixer.Setup, Fallback.Fixer);

        Assert.Equal(all, notices.ForDisplay(all, _fonts));
        Assert.Equal([IssueWarning], notices.ForDisplay(all, _fonts));
        Assert.Equal([IssueWarning], new EnvironmentNotices(_state).ForDisplay(all, _fonts)); // a new process remembers

        // Another font set is another machine configuration: shown again.
        File.WriteAllBytes(Path.Combine(_fonts, "b.ttf"), new byte[10]);
        Assert.Equal(all, notices.ForDisplay(all, _fonts));

        // The state lives only in the folder given (the user's cache), one small file per font set.
        Assert.Equal(2, Directory.GetFiles(_state).Length);
        Assert.All(Directory.GetFiles(_state), f => Assert.StartsWith("notices-", Path.GetFileName(f)));
    }

    [Fact]
    public void Without_a_usable_state_folder_every_warning_is_shown()
    {
        var blocked = Path.Combine(_fonts, "a.ttf", "state"); // a folder under a file cannot be made
        IReadOnlyList<Diagnostic> all = [Fallback];
        Assert.Equal(all, new EnvironmentNotices(blocked).ForDisplay(all, _fonts));
        Assert.Equal(all, new EnvironmentNotices(blocked).ForDisplay(all, _fonts));
        Assert.Equal(all, new EnvironmentNotices(null).ForDisplay(all, _fonts));
    }

    [Fact]
    public void The_default_state_folder_is_the_users_cache_never_the_issue_or_output()
    {
        var folder = EnvironmentNotices.DefaultStateDirectory();
        Assert.NotNull(folder);
        Assert.EndsWith("gazettepress", folder);
        Assert.DoesNotContain(Directory.GetCurrentDirectory(), folder);
    }
}
