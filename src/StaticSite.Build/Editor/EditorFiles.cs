namespace StaticSite.Build.Editor;

/// <summary>
/// The web editor's files as installed next to the tool (<c>editor/</c> beside the staticsite
/// assembly, copied there by the build of StaticSite.Build from the project's <c>editor/</c> folder):
/// our page template and script, and Decap CMS's <c>decap-cms.js</c> with the chunks it loads on
/// demand (the npm package's source maps, its duplicate <c>cms.js</c> build and its WebAssembly are
/// left out: the editor never loads them).
/// </summary>
public sealed class EditorFiles
{
    /// <summary>Decap's main script; every chunk it loads sits beside it.</summary>
    public const string DecapScript = "decap-cms.js";

    /// <summary>Our script of the local editor (preview pane, explained refusals).</summary>
    public const string EditorScript = "staticsite-editor.js";

    private EditorFiles(string root, IReadOnlyList<string> decap) => (Root, Decap) = (root, decap);

    /// <summary>Where the tool looks for them.</summary>
    public static string DefaultRoot => Path.Combine(AppContext.BaseDirectory, "editor");

    /// <summary>The folder.</summary>
    public string Root { get; }

    /// <summary>File names of Decap's files (in <c>decap/</c>), sorted.</summary>
    public IReadOnlyList<string> Decap { get; }

    /// <summary>The admin page template (<c>{{title}}</c>, <c>{{scripts}}</c>).</summary>
    public string IndexTemplate => File.ReadAllText(Path.Combine(Root, "index.html"));

    /// <summary>Absolute path of a Decap file named in <see cref="Decap"/>.</summary>
    public string DecapPath(string name) => Path.Combine(Root, "decap", name);

    /// <summary>Absolute path of <see cref="EditorScript"/>.</summary>
    public string EditorScriptPath => Path.Combine(Root, EditorScript);

    /// <summary>The installed files, or null when they are missing (npm ci was not run in editor/ before building the tool).</summary>
    public static EditorFiles? Find(string? root = null)
    {
        root ??= DefaultRoot;
        var decap = Path.Combine(root, "decap");
        if (!File.Exists(Path.Combine(decap, DecapScript)) || !File.Exists(Path.Combine(root, "index.html")) || !File.Exists(Path.Combine(root, EditorScript)))
            return null;
        return new EditorFiles(root, [.. Directory.EnumerateFiles(decap, "*.js").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)]);
    }

    /// <summary>The message for a missing installation.</summary>
    public static string MissingMessage =>
        $"the web editor's files are not installed in {DefaultRoot}. Run 'npm ci' in the project's editor/ folder and build the tool again (dotnet cake --target=Build does both).";
}
