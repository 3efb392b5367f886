using System.Runtime.InteropServices;
using System.Text.Json;
using GazettePress.Content.Safety;
using GazettePress.Diagnostics;

namespace GazettePress.Publishing.Build;

/// <summary>
/// Writes a build's files as one set: every file goes into a staging folder beside --out
/// (<c>.&lt;out&gt;.gazettepress-new</c>), and only when all are complete does the staging folder
/// take the place of --out — by one atomic exchange where the system has it (Linux renameat2),
/// else by two renames whose middle state the next build repairs. So --out holds the old set or
/// the new set, never a mix, and a failed write leaves --out as it was with nothing staged.
/// Files in --out that no build wrote (notes, a README) are carried into the new set.
/// Call under <see cref="OutputLock"/>.
/// </summary>
public static class OutputSet
{
    public const string ReportFile = "build.json";

    /// <summary>Test hook: milliseconds to wait before each step of the write phase, so a test can kill the process mid-write.</summary>
    public const string StepDelayVariable = "GAZETTEPRESS_TEST_OUTPUT_STEP_DELAY_MS";

    /// <summary>Test hook: "rename" makes the swap use two renames, as on systems without an atomic exchange.</summary>
    public const string SwapVariable = "GAZETTEPRESS_TEST_OUTPUT_SWAP";

    public static string StagingPath(string outputDirectory) => Sibling(outputDirectory, "new");

    public static string PreviousPath(string outputDirectory) => Sibling(outputDirectory, "old");

    /// <summary>
    /// Before the build: --out must not be a file, must not be (or hold) the folders the build
    /// reads, and, when it exists with content, must be a previous output set (it has build.json).
    /// </summary>
    public static bool CheckTarget(string outputDirectory, IEnumerable<string?> inputFolders, DiagnosticBag diagnostics)
    {
        var where = new SourceLocation(outputDirectory);
        if (string.IsNullOrWhiteSpace(outputDirectory))
        {
            diagnostics.Add(OutputMessages.OutEmpty, where);
            return false;
        }
        var target = ContainedPath.Resolve(outputDirectory) ?? Path.GetFullPath(outputDirectory);
        if (File.Exists(target))
        {
            diagnostics.Add(OutputMessages.OutIsFile, where);
            return false;
        }
        foreach (var input in inputFolders.OfType<string>())
        {
            if (ContainedPath.Resolve(input) is { } folder && ContainedPath.IsBelow(folder, target))
            {
                diagnostics.Add(OutputMessages.OutHoldsInput, where, ("input", input));
                return false;
            }
        }
        if (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any() && !File.Exists(Path.Join(target, ReportFile)))
        {
            diagnostics.Add(OutputMessages.NotAnOutputFolder, where);
            return false;
        }
        return true;
    }

    /// <summary>
    /// Before the build starts: checks --out (<see cref="CheckTarget"/>), takes its lock and
    /// repairs an interrupted earlier write. Null (reported) when the build must not go on.
    /// </summary>
    public static OutputLock? Prepare(string outputDirectory, IEnumerable<string?> inputFolders, DiagnosticBag diagnostics)
    {
        if (!CheckTarget(outputDirectory, inputFolders, diagnostics)) return null;
        var target = ContainedPath.Resolve(outputDirectory) ?? Path.GetFullPath(outputDirectory);
        var held = OutputLock.TryAcquire(target, outputDirectory, diagnostics);
        if (held is null) return null;
        try
        {
            Recover(target);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(OutputMessages.WriteFailed, new SourceLocation(outputDirectory), ("reason", e.Message));
            held.Dispose();
            return null;
        }
        return held;
    }

    /// <summary>Writes <paramref name="files"/> (file name → bytes) as --out's new set; the paths written, or null (reported) when --out is unchanged.</summary>
    public static IReadOnlyList<string>? Write(string outputDirectory, IReadOnlyDictionary<string, byte[]> files, DiagnosticBag diagnostics)
    {
        var target = ContainedPath.Resolve(outputDirectory) ?? Path.GetFullPath(outputDirectory);
        var staging = StagingPath(target);
        try
        {
            TryDelete(staging);
            Directory.CreateDirectory(staging);
            foreach (var (name, bytes) in files)
            {
                Step();
                using var stream = new FileStream(Path.Join(staging, name), FileMode.CreateNew, FileAccess.Write, FileShare.None);
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }
            CarryOver(target, staging, files);
            Step();
            Swap(staging, target);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            TryDelete(staging);
            diagnostics.Add(OutputMessages.WriteFailed, new SourceLocation(outputDirectory), ("reason", e.Message));
            return null;
        }
        return files.Keys.Select(name => Path.Join(outputDirectory, name)).ToList();
    }

    /// <summary>
    /// Repairs what an interrupted earlier write left: a staging folder is dropped; a previous set
    /// moved aside is put back when --out is missing (the new set never arrived), else dropped.
    /// Silent: the build that repairs goes on to write its own set (and build.json stays the same
    /// for the same input).
    /// </summary>
    public static void Recover(string outputDirectory)
    {
        var target = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDirectory));
        TryDelete(StagingPath(target));
        var previous = PreviousPath(target);
        if (!Directory.Exists(previous)) return;
        if (Directory.Exists(target))
        {
            TryDelete(previous);
            return;
        }
        Directory.Move(previous, target);
    }

    private static void Swap(string staging, string target)
    {
        if (!Directory.Exists(target))
        {
            Directory.Move(staging, target);
            return;
        }
        if (Exchange(staging, target))
        {
            Step();
            TryDelete(staging); // now holds the previous set
            return;
        }
        var previous = PreviousPath(target);
        Directory.Move(target, previous);
        Step();
        Directory.Move(staging, target);
        Step();
        TryDelete(previous);
    }

    /// <summary>Copies into the new set what is in --out but was never a build's output.</summary>
    private static void CarryOver(string target, string staging, IReadOnlyDictionary<string, byte[]> files)
    {
        if (!Directory.Exists(target)) return;
        var built = PreviousOutputs(target);
        foreach (var entry in new DirectoryInfo(target).EnumerateFileSystemInfos())
        {
            if (files.ContainsKey(entry.Name) || built.Contains(entry.Name) || IsOldTemporary(entry.Name)) continue;
            Copy(entry, Path.Join(staging, entry.Name));
        }
    }

    /// <summary>build.json, build-timings.json and the files the previous build.json lists as outputs.</summary>
    private static HashSet<string> PreviousOutputs(string target)
    {
        var names = new HashSet<string>(StringComparer.Ordinal) { ReportFile, BuildPipeline.TimingsFile };
        try
        {
            using var report = JsonDocument.Parse(File.ReadAllBytes(Path.Join(target, ReportFile)));
            if (report.RootElement.TryGetProperty("outputs", out var outputs) && outputs.ValueKind == JsonValueKind.Array)
                foreach (var output in outputs.EnumerateArray())
                    if (output.GetString() is { } name) names.Add(name);
        }
        catch (Exception e) when (e is IOException or JsonException or UnauthorizedAccessException or InvalidOperationException)
        {
            // No readable report: only the fixed names are known outputs.
        }
        return names;
    }

    /// <summary>Left by builds before the output set was atomic: name.tmp-PID.</summary>
    private static bool IsOldTemporary(string name)
    {
        var at = name.LastIndexOf(".tmp-", StringComparison.Ordinal);
        return at > 0 && name.Length > at + 5 && name[(at + 5)..].All(char.IsAsciiDigit);
    }

    private static void Copy(FileSystemInfo entry, string to)
    {
        if (entry.LinkTarget is { } link)
        {
            if (entry is DirectoryInfo) Directory.CreateSymbolicLink(to, link);
            else File.CreateSymbolicLink(to, link);
        }
        else if (entry is DirectoryInfo directory)
        {
            Directory.CreateDirectory(to);
            foreach (var child in directory.EnumerateFileSystemInfos()) Copy(child, Path.Join(to, child.Name));
        }
        else
        {
            File.Copy(entry.FullName, to);
        }
    }

    private static string Sibling(string outputDirectory, string suffix)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDirectory));
        return Path.Join(Path.GetDirectoryName(full) ?? full, "." + Path.GetFileName(full) + ".gazettepress-" + suffix);
    }

    private static void TryDelete(string directory)
    {
        try
        {
            if (Directory.Exists(directory)) Directory.Delete(directory, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The next build removes it under the lock.
        }
    }

    private static void Step()
    {
        if (Environment.GetEnvironmentVariable(StepDelayVariable) is { } text && int.TryParse(text, out var ms) && ms > 0)
            Thread.Sleep(ms);
    }

    /// <summary>Swaps two directories in one step (Linux renameat2 RENAME_EXCHANGE); false where the system cannot.</summary>
    private static bool Exchange(string a, string b)
    {
        if (!OperatingSystem.IsLinux() || Environment.GetEnvironmentVariable(SwapVariable) == "rename") return false;
        try
        {
            return NativeMethods.renameat2(NativeMethods.AtFdCwd, a, NativeMethods.AtFdCwd, b, NativeMethods.RenameExchange) == 0;
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            return false; // an old C library without renameat2: two renames instead
        }
    }

    private static class NativeMethods
    {
        public const int AtFdCwd = -100;
        public const uint RenameExchange = 2;

        [DllImport("libc", SetLastError = true)]
        public static extern int renameat2(int olddirfd, [MarshalAs(UnmanagedType.LPUTF8Str)] string oldpath,
            int newdirfd, [MarshalAs(UnmanagedType.LPUTF8Str)] string newpath, uint flags);
    }
}
