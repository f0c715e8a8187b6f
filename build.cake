// Build script: `dotnet tool restore` once, then `dotnet cake --target=<Task>`.
//   Sites      build the example regions from content/ into dist/ (the main job); publishes only
//              the command line (NativeAOT; installs gcc with apt-get when there is no C compiler
//              and the script runs as root; --native-setup=check never installs, --native-setup=off
//              publishes the ReadyToRun build instead)
//   AotCheck   publishes, then builds content/ and a generated 1,000-page corpus with the NativeAOT
//              command line and with the JIT build, and fails unless both wrote the same files byte
//              for byte (.ci/run runs it after Test: the native publish takes minutes)
//   Test       every test: unit, integration, search compatibility, browser (installs Debian's
//              Chromium first when it is missing and the script runs as root with apt-get;
//              STATICSITE_CHROMIUM=<path> names another browser; --browser-setup=dry-run only
//              says what it would do, --browser-setup=check never installs)
//   Benchmark  full builds of generated corpora (1x1,000, 1x10,000, 30x1,000 pages) to disk and
//              to /dev/shm, with Hugo side by side when it is installed (apt-get install hugo);
//              --builds=aot,r2r measures the ReadyToRun build beside the NativeAOT one
//   Fuzz       afl++ on front matter, Markdown and whole pages (tests/StaticSite.Fuzz), each target
//              for --duration seconds (default 600); --fuzz-targets=frontmatter,markdown,page
//   DeployBenchmark  time of each deploy step at 1,000 pages, and of rebuilding only the regions of
//              30 that a one-file edit affects (staticsite regions --changed-since)
var target = Argument("target", "Test");
var configuration = Argument("configuration", "Release");
var benchRounds = Argument("rounds", 3);
var benchCorpora = Argument("corpora", "1x1000,1x10000,30x1000");
var browserSetup = Argument("browser-setup", "install");
var fuzzDuration = Argument("duration", 600);
var fuzzTargets = Argument("fuzz-targets", "frontmatter,markdown,page");
var nativeSetup = Argument("native-setup", "install");
var benchBuilds = Argument("builds", "aot");

var solution = "./StaticSite.sln";
// The command people run: published NativeAOT (no JIT at all), about half the time of the ReadyToRun
// build on a whole site; where no C compiler can link it, the ReadyToRun build under the same name.
var cli = "./artifacts/staticsite/staticsite";
var r2rCli = "./artifacts/staticsite-r2r/staticsite";

Task("Clean").Does(() =>
{
    CleanDirectories("./src/**/bin/" + configuration);
    CleanDirectories("./tests/**/bin/" + configuration);
    CleanDirectory("./dist");
});

// The theme's browser packages (lunr) are copied into every site.
Task("ThemePackages").Does(() =>
{
    if (FileExists("./themes/default/package-lock.json"))
        Run("npm", "ci --no-audit --no-fund", "./themes/default");
    // The web editor (Decap CMS, editor/) is copied next to the tool by the build of StaticSite.Build,
    // so the command line needs it too.
    if (FileExists("./editor/package-lock.json"))
        Run("npm", "ci --no-audit --no-fund", "./editor");
});

Task("Restore").IsDependentOn("ThemePackages").Does(() =>
{
    // The tests use axe-core, commonmark-spec, lighthouse and the CI file validators.
    if (FileExists("./tests/package-lock.json"))
        Run("npm", "ci --no-audit --no-fund", "./tests");
    DotNetRestore(solution);
});

Task("Build").IsDependentOn("Restore").Does(() =>
{
    DotNetBuild(solution, new DotNetBuildSettings { Configuration = configuration, NoRestore = true });
});

// Only the command line: the test projects are not needed to build sites (Test builds them).
Task("Publish").IsDependentOn("ThemePackages").Does(() =>
{
    var linker = nativeSetup == "off" ? null : NativeLinker();
    if (linker is null)
    {
        if (nativeSetup != "off")
            Information("No C compiler (gcc or clang) to link the NativeAOT command line: publishing the ReadyToRun build instead, " +
                "which takes about twice as long per site. Run as root 'apt-get install -y gcc libc6-dev' and publish again for the faster one.");
        PublishReadyToRun("./artifacts/staticsite");
        return;
    }
    PublishNative("./artifacts/staticsite", linker);
});

// The browser tests drive a real Chromium (Playwright never downloads one here). A fresh machine
// has none: install Debian's where we can, else say exactly what to run.
// Debian packages a test needs, installed when missing (as root, with apt), the same way for every
// package: --browser-setup=check never installs, dry-run only says what it would do.
bool AptInstall(string what, string packages, params string[] files)
{
    var install = $"apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y {packages}";
    var isRoot = StartProcess("id", new ProcessSettings { Arguments = "-u", RedirectStandardOutput = true }, out var uid) == 0 && uid.FirstOrDefault()?.Trim() == "0";
    var hasApt = FileExists("/usr/bin/apt-get");
    if (browserSetup == "check" || !isRoot || !hasApt)
        throw new Exception($"The tests need {what}, and {string.Join(" or ", files.Where(f => !FileExists(f)))} is missing. " +
            (hasApt ? $"Run as root: {install}" : $"Install {what} with your system's package manager") + ". Then run the tests again.");
    if (browserSetup == "dry-run")
    {
        Information($"Dry run: {what} is missing; the Test target would run '{install}'.");
        return false;
    }
    Information($"{what} is missing: installing it ({install}).");
    Run("apt-get", "update -qq");
    var code = StartProcess("apt-get", new ProcessSettings
    {
        Arguments = $"install -y -qq {packages}",
        EnvironmentVariables = new Dictionary<string, string> { ["DEBIAN_FRONTEND"] = "noninteractive" },
    });
    if (code != 0 || !files.All(f => FileExists(f)))
        throw new Exception($"Installing {what} failed (apt-get exit code {code}). Run '{install}' by hand and look at its messages.");
    return true;
}

Task("Browser").Does(() =>
{
    const string debianChromium = "/usr/bin/chromium";
    var wanted = EnvironmentVariable("STATICSITE_CHROMIUM") ?? debianChromium;
    if (FileExists(wanted))
    {
        Information($"Browser tests use {wanted}.");
        Environment.SetEnvironmentVariable("STATICSITE_CHROMIUM", wanted);
        return;
    }
    // STATICSITE_CHROMIUM names another Chromium; without one, Debian's is installed.
    if (AptInstall("Chromium (set STATICSITE_CHROMIUM to use another one)", "chromium fonts-dejavu-core", debianChromium))
        Environment.SetEnvironmentVariable("STATICSITE_CHROMIUM", debianChromium);
});

// The deploy tests serve a built site with docs/nginx/site.conf, which needs nginx's Brotli module.
Task("Nginx").Does(() =>
{
    var files = new[] { "/usr/sbin/nginx", "/usr/lib/nginx/modules/ngx_http_brotli_static_module.so" };
    if (files.All(f => FileExists(f))) { Information("Deploy tests use /usr/sbin/nginx with Brotli."); return; }
    AptInstall("nginx with Brotli", "nginx libnginx-mod-http-brotli-static", files);
});

Task("Test").IsDependentOn("Build").IsDependentOn("Browser").IsDependentOn("Nginx").Does(() =>
{
    DotNetTest(solution, new DotNetTestSettings
    {
        Configuration = configuration,
        NoBuild = true,
        NoRestore = true,
        Filter = "Category!=Benchmark",
        Loggers = new[] { "console;verbosity=normal" },
    });
});

Task("Sites").IsDependentOn("Publish").Does(() =>
{
    Run(cli, "build");
});

Task("AotCheck").IsDependentOn("Publish").Does(() =>
{
    if (FileExists("./artifacts/staticsite/staticsite.dll"))
        throw new Exception("AotCheck compares the NativeAOT command line with the JIT build, but Publish made the ReadyToRun one (see its message above).");
    var root = System.IO.Path.GetFullPath("./artifacts/aot-check");
    DotNetBuild("./src/StaticSite.Cli/StaticSite.Cli.csproj", new DotNetBuildSettings { Configuration = configuration, OutputDirectory = $"{root}/jit" });
    var corpus = $"{root}/corpus-1x1000";
    if (!DirectoryExists(corpus)) GenerateCorpus(corpus, 1, 1000);
    var differences = new List<string>();
    foreach (var (name, content) in new[] { ("content", "./content"), ("corpus", corpus) })
    {
        var output = $"{root}/out-{name}";
        if (DirectoryExists(output)) DeleteDirectory(output, new DeleteDirectorySettings { Recursive = true, Force = true });
        Run(cli, $"build --content {content} --output {output}/aot");
        Run("dotnet", $"{root}/jit/staticsite.dll build --content {content} --output {output}/jit");
        var compared = CompareTrees($"{output}/aot", $"{output}/jit", differences);
        Information($"{name}: {compared} files, the NativeAOT and JIT command lines wrote them alike" + (differences.Count > 0 ? " except the ones listed below" : ""));
    }
    if (differences.Count > 0)
        throw new Exception($"the NativeAOT command line wrote {differences.Count} file(s) other than the JIT build:\n" + string.Join("\n", differences.Take(50)));
});

Task("Benchmark").IsDependentOn("Publish").Does(() =>
{
    var root = "./artifacts/benchmark";
    EnsureDirectoryExists(root);
    var hugo = Run("sh", "-c \"command -v hugo\"", ".", throwOnError: false) == 0;
    if (!hugo) Information("Hugo is not installed (apt-get install hugo): measuring StaticSite alone.");
    var builds = new List<(string Name, string Command)> { (FileExists("./artifacts/staticsite/staticsite.dll") ? "r2r" : "aot", cli) };
    if (benchBuilds.Split(',').Contains("r2r") && builds[0].Name != "r2r")
    {
        PublishReadyToRun("./artifacts/staticsite-r2r");
        builds.Add(("r2r", r2rCli));
    }
    Information($"Machine load before measuring: {System.IO.File.ReadAllText("/proc/loadavg").Trim()}");
    // Start-up: the shortest full run of each program (printing its version), median of 11.
    var startup = builds.Select(b => $"{b.Name} {Median(Enumerable.Range(0, 11).Select(_ => Timed($"{b.Command} --version")).ToList()).Seconds * 1000:0} ms").ToList();
    if (hugo) startup.Add($"Hugo {Median(Enumerable.Range(0, 11).Select(_ => Timed("hugo version")).ToList()).Seconds * 1000:0} ms");
    var startLine = "start-up: " + string.Join(", ", startup);
    Information(startLine);
    System.IO.File.AppendAllText($"{root}/results.txt", $"{DateTime.UtcNow:yyyy-MM-dd HH:mm} {startLine}\n");
    foreach (var spec in benchCorpora.Split(','))
    {
        var parts = spec.Split('x');
        var (regions, pages) = (int.Parse(parts[0]), int.Parse(parts[1]));
        var corpus = $"{root}/corpus-{spec}";
        if (!DirectoryExists(corpus))
        {
            EnsureCorpus(corpus, regions, pages);
            if (hugo)
                Run("python3", $"../shared/tools/gen_corpus.py --regions {regions} --pages {pages} --seed 42 --out {corpus}/hugo --format hugo", ".");
        }
        // The page an editor edits between rounds ("edit" builds): the first page of the first region, put back afterwards.
        var edited = GetFiles($"{corpus}/plain/*/**/*.md").OrderBy(f => f.FullPath).First().FullPath;
        var original = System.IO.File.ReadAllText(edited);
        try
        {
            foreach (var medium in new[] { "disk", "tmpfs" })
            {
                var outRoot = medium == "disk" ? $"{root}/out-{spec}" : $"/dev/shm/staticsite-bench-{spec}";
                var staticsiteOut = $"{outRoot}/staticsite";
                // cold: no previous output, so no build cache and no compression cache (every page rendered and compressed);
                // edit: one sentence added to one page since the previous build of the same output (the editor's case).
                var cold = builds.ToDictionary(b => b.Name, _ => new List<(double Seconds, long Kb)>());
                var edit = builds.ToDictionary(b => b.Name, _ => new List<(double Seconds, long Kb)>());
                var theirs = new List<(double Seconds, long Kb)>();
                for (var round = 0; round < benchRounds; round++)
                {
                    // Interleave the tools so machine noise hits all alike.
                    foreach (var build in builds)
                    {
                        if (DirectoryExists(staticsiteOut)) DeleteDirectory(staticsiteOut, new DeleteDirectorySettings { Recursive = true, Force = true });
                        cold[build.Name].Add(Timed($"{build.Command} build --content {corpus}/plain --output {staticsiteOut}"));
                        System.IO.File.AppendAllText(edited, $"\nEen zin erbij in ronde {round}.\n");
                        edit[build.Name].Add(Timed($"{build.Command} build --content {corpus}/plain --output {staticsiteOut}"));
                    }
                    if (hugo)
                    {
                        var sites = GetDirectories($"{corpus}/hugo/*").Select(d => d.FullPath).ToList();
                        theirs.Add(Timed("sh -c \"" + string.Join(" && ", sites.Select(s => $"hugo --quiet -s {s} -d {System.IO.Path.GetFullPath(outRoot)}/hugo/{System.IO.Path.GetFileName(s)}")) + "\""));
                    }
                }
                var total = regions * pages;
                var h = hugo ? Median(theirs) : default;
                string Figure(string what, (double Seconds, long Kb) o) =>
                    $"{what} {o.Seconds:0.00} s ({total / o.Seconds:0} pages/s, peak {o.Kb / 1024} MB)" + (hugo ? $", ratio {o.Seconds / h.Seconds:0.00}" : "");
                var line = $"{spec} pages, {medium}: " + string.Join("; ", builds.Select(b =>
                    $"StaticSite {b.Name} " + Figure("cold", Median(cold[b.Name])) + ", " + Figure("after a one-page edit", Median(edit[b.Name]))));
                if (hugo) line += $"; Hugo {h.Seconds:0.00} s (peak {h.Kb / 1024} MB); load {System.IO.File.ReadAllText("/proc/loadavg").Split(' ')[0]}";
                Information(line);
                System.IO.File.AppendAllText($"{root}/results.txt", $"{DateTime.UtcNow:yyyy-MM-dd HH:mm} {line}\n");
                if (medium == "tmpfs") DeleteDirectory(outRoot, new DeleteDirectorySettings { Recursive = true, Force = true });
            }
        }
        finally { System.IO.File.WriteAllText(edited, original); }
    }
});

Task("Fuzz").IsDependentOn("Restore").Does(() =>
{
    var afl = "/usr/bin/afl-fuzz";
    if (!FileExists(afl))
        throw new Exception("afl++ is missing: run 'apt-get install -y afl++' (the Fuzz target drives afl-fuzz).");
    var root = System.IO.Path.GetFullPath("./artifacts/fuzz");
    var bin = root + "/bin";
    // Instrumenting rewrites the assemblies in place, so every run starts from a fresh build.
    if (DirectoryExists(bin)) DeleteDirectory(bin, new DeleteDirectorySettings { Recursive = true, Force = true });
    DotNetBuild("./tests/StaticSite.Fuzz/StaticSite.Fuzz.csproj", new DotNetBuildSettings { Configuration = "Release", OutputDirectory = bin });
    // Our code and the parsers it hands editors' text to: afl++ steers by coverage in all of them.
    foreach (var assembly in new[] { "StaticSite.Pipeline", "StaticSite.Content", "StaticSite.Rendering", "StaticSite.Build", "YamlDotNet", "Markdig", "Scriban.Signed" })
        Run("dotnet", $"sharpfuzz {bin}/{assembly}.dll");
    var found = new List<string>();
    foreach (var target in fuzzTargets.Split(','))
    {
        var findings = $"{root}/{target}";
        // -t: past the templates' own 10 s budget per page, so a hang is a real one, even under load.
        var code = StartProcess(afl, new ProcessSettings
        {
            Arguments = $"-i ./tests/StaticSite.Fuzz/seeds/{target} -o {findings} -x ./tests/StaticSite.Fuzz/dictionary.txt -t 20000 -m none -V {fuzzDuration} -- dotnet {bin}/staticsite-fuzz.dll {target}",
            EnvironmentVariables = new Dictionary<string, string>
            {
                ["AFL_SKIP_BIN_CHECK"] = "1", ["AFL_NO_UI"] = "1", ["AFL_SKIP_CPUFREQ"] = "1",
                ["AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES"] = "1", ["AFL_NO_AFFINITY"] = "1", ["AFL_AUTORESUME"] = "1",
            },
        });
        if (code != 0) throw new Exception($"afl-fuzz failed on target {target} with exit code {code}");
        var stats = System.IO.File.ReadAllLines($"{findings}/default/fuzzer_stats").Select(l => l.Split(':', 2)).Where(p => p.Length == 2)
            .ToDictionary(p => p[0].Trim(), p => p[1].Trim());
        Information($"{target}: {stats.GetValueOrDefault("execs_done")} runs in {stats.GetValueOrDefault("run_time")} s, {stats.GetValueOrDefault("corpus_count")} inputs, {stats.GetValueOrDefault("saved_crashes")} crashes, {stats.GetValueOrDefault("saved_hangs")} hangs");
        foreach (var kind in new[] { "crashes", "hangs" })
            found.AddRange(GetFiles($"{findings}/default/{kind}/id:*").Select(f => f.FullPath));
    }
    if (found.Count > 0)
        throw new Exception($"the fuzzer found {found.Count} problem(s); replay one with 'dotnet {bin}/staticsite-fuzz.dll <target> < <file>':\n" + string.Join("\n", found));
});

Task("DeployBenchmark").IsDependentOn("Publish").Does(() =>
{
    var root = "./artifacts/benchmark";
    var results = $"{root}/deploy-results.txt";
    EnsureDirectoryExists(root);
    void Report(string line)
    {
        Information(line);
        System.IO.File.AppendAllText(results, $"{DateTime.UtcNow:yyyy-MM-dd HH:mm} {line}\n");
    }

    // 1. Each deploy step at 1,000 pages (STATICSITE_TIMINGS=1 prints every stage's time), medians of the rounds.
    var corpus = $"{root}/corpus-1x1000/plain";
    EnsureCorpus($"{root}/corpus-1x1000", 1, 1000);
    // Stages that run one after another on the same documents are timed together ("Pages/AddResponsiveImages+ApplyLayouts+PublishFiles"):
    // every timed stage that has a deploy step in it is reported under its whole name.
    var steps = new[] { "ResizeImages", "AddResponsiveImages", "MinifyThemeAssets", "GenerateHostingFiles", "PublishFiles", "WriteSite" };
    var timings = new SortedDictionary<string, List<double>>(StringComparer.Ordinal);
    var walls = new List<double>();
    for (var round = 0; round < benchRounds; round++)
    {
        // Each round from nothing: the compression and build caches would otherwise hide the steps' cost.
        if (DirectoryExists($"{root}/out-deploy-1x1000")) DeleteDirectory($"{root}/out-deploy-1x1000", new DeleteDirectorySettings { Recursive = true, Force = true });
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var lines = RunCapturingErrors($"build --content {corpus} --output {root}/out-deploy-1x1000", new Dictionary<string, string> { ["STATICSITE_TIMINGS"] = "1" });
        walls.Add(clock.Elapsed.TotalSeconds);
        foreach (var match in lines.Select(l => System.Text.RegularExpressions.Regex.Match(l, @"^timing: (\S+) (\d+) ms")).Where(m => m.Success))
        {
            var name = match.Groups[1].Value;
            if (!name.Split('/', '+').Any(steps.Contains)) continue;
            if (!timings.TryGetValue(name, out var list)) timings[name] = list = new List<double>();
            list.Add(double.Parse(match.Groups[2].Value));
        }
    }
    Report($"1x1000 deploy steps, cold (ms, median of {benchRounds}): " + string.Join(", ", timings.Select(t => $"{t.Key} {t.Value.OrderBy(x => x).ElementAt(t.Value.Count / 2):0}")) + $"; whole build {walls.OrderBy(x => x).ElementAt(benchRounds / 2):0.00} s");

    // 2. 30 regions: a full build, then one page edited in one region and only the affected regions rebuilt.
    var thirty = $"{root}/corpus-30x1000";
    EnsureCorpus(thirty, 30, 1000);
    var repo = $"{thirty}/plain";
    if (!DirectoryExists($"{repo}/.git"))
    {
        Run("git", "init -q", repo);
        Run("git", "add -A", repo);
        Run("git", "-c user.name=bench -c user.email=bench@example.org commit -q -m corpus", repo);
    }
    var output = $"{root}/out-deploy-30x1000";
    var full = System.Diagnostics.Stopwatch.StartNew();
    Run(cli, $"build --content {repo} --output {output}");
    full.Stop();
    var region = GetDirectories($"{repo}/*").Where(d => !d.GetDirectoryName().StartsWith(".")).OrderBy(d => d.FullPath).ElementAt(7);
    var page = GetFiles($"{region}/**/*.md").OrderBy(f => f.FullPath).First().FullPath;
    var original = System.IO.File.ReadAllText(page);
    try
    {
        System.IO.File.AppendAllText(page, "\nEen zin erbij.\n");
        var changed = System.Diagnostics.Stopwatch.StartNew();
        var ids = RunCapturingOutput($"regions --content {repo} --changed-since HEAD");
        foreach (var id in ids) Run(cli, $"build --content {repo} --output {output} --region {id}");
        changed.Stop();
        Report($"30x1000: full build {full.Elapsed.TotalSeconds:0.0} s; after a one-file edit in {System.IO.Path.GetFileName(System.IO.Path.GetDirectoryName(page))}: regions --changed-since lists {ids.Count} ({string.Join(", ", ids)}), rebuilt in {changed.Elapsed.TotalSeconds:0.0} s");
    }
    finally { System.IO.File.WriteAllText(page, original); }
});

RunTarget(target);

// The generated corpus of the benchmarks (seed 42) in <corpus>/plain, made once.
void EnsureCorpus(string corpus, int regions, int pages)
{
    if (!DirectoryExists($"{corpus}/plain")) GenerateCorpus($"{corpus}/plain", regions, pages);
}

// Runs the command line with <arguments> and returns its standard error lines (fails when it fails).
List<string> RunCapturingErrors(string arguments, IDictionary<string, string> environment)
{
    var code = StartProcess(cli, new ProcessSettings { Arguments = arguments, RedirectStandardError = true, RedirectStandardOutput = true, EnvironmentVariables = environment }, out var stdout, out var stderr);
    if (code != 0) throw new Exception($"{cli} {arguments} failed with exit code {code}");
    return stderr.ToList();
}

// Runs `dotnet <arguments>` and returns its non-empty standard output lines (fails when it fails).
List<string> RunCapturingOutput(string arguments)
{
    var code = StartProcess(cli, new ProcessSettings { Arguments = arguments, RedirectStandardOutput = true }, out var stdout);
    if (code != 0) throw new Exception($"{cli} {arguments} failed with exit code {code}");
    return stdout.Where(l => l.Trim().Length > 0).ToList();
}

// Runs a program and fails the task when it fails.
int Run(string program, string arguments, string workingDirectory = ".", bool throwOnError = true)
{
    var code = StartProcess(program, new ProcessSettings { Arguments = arguments, WorkingDirectory = workingDirectory });
    if (code != 0 && throwOnError) throw new Exception($"{program} {arguments} failed with exit code {code}");
    return code;
}

// Publishes the command line as NativeAOT, linked by linker (gcc or clang), into a folder of its own.
void PublishNative(string output, string linker)
{
    if (DirectoryExists(output)) DeleteDirectory(output, new DeleteDirectorySettings { Recursive = true, Force = true });
    var settings = new DotNetPublishSettings
    {
        Configuration = configuration,
        Runtime = System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier,
        OutputDirectory = output,
        MSBuildSettings = new DotNetMSBuildSettings().WithProperty("PublishAot", "true").WithProperty("CppCompilerAndLinker", linker),
    };
    DotNetPublish("./src/StaticSite.Cli/StaticSite.Cli.csproj", settings);
}

// Publishes the command line precompiled ReadyToRun (needs the .NET runtime; its apphost has the same name as the NativeAOT binary).
void PublishReadyToRun(string output)
{
    if (DirectoryExists(output)) DeleteDirectory(output, new DeleteDirectorySettings { Recursive = true, Force = true });
    DotNetPublish("./src/StaticSite.Cli/StaticSite.Cli.csproj", new DotNetPublishSettings
    {
        Configuration = configuration,
        Runtime = System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier,
        SelfContained = false,
        PublishReadyToRun = true,
        OutputDirectory = output,
    });
}

// The C compiler that links a NativeAOT binary (clang is the SDK's default, gcc works as well), installing gcc when
// there is none and we may (root with apt-get, --native-setup=install); null when there is none.
string NativeLinker()
{
    // A compiler counts only when it links a program (gcc without libc6-dev does not). A missing one is not run at all:
    // piping into a command that is not there made the shell print "echo: I/O error" on a newcomer's screen.
    bool Links(string compiler) => StartProcess("sh", new ProcessSettings
    {
        Arguments = $"-c \"command -v {compiler} >/dev/null && echo 'int main(void){{return 0;}}' | {compiler} -x c -o /dev/null - 2>/dev/null\"",
    }) == 0;
    if (Links("clang")) return "clang";
    if (Links("gcc")) return "gcc";
    var isRoot = StartProcess("id", new ProcessSettings { Arguments = "-u", RedirectStandardOutput = true }, out var uid) == 0 && uid.FirstOrDefault()?.Trim() == "0";
    if (nativeSetup != "install" || !isRoot || !FileExists("/usr/bin/apt-get")) return null;
    Information("There is no C compiler to link the NativeAOT command line: installing gcc (apt-get install -y gcc libc6-dev).");
    Run("apt-get", "update -qq", ".", throwOnError: false);
    var code = StartProcess("apt-get", new ProcessSettings
    {
        Arguments = "install -y -qq gcc libc6-dev",
        EnvironmentVariables = new Dictionary<string, string> { ["DEBIAN_FRONTEND"] = "noninteractive" },
    });
    return code == 0 && Links("gcc") ? "gcc" : null;
}

// A generated corpus of regions x pages in our layout (content/<region>/...), each region with its region.yml.
void GenerateCorpus(string folder, int regions, int pages)
{
    Run("python3", $"../shared/tools/gen_corpus.py --regions {regions} --pages {pages} --seed 42 --out {folder} --format plain", ".");
    foreach (var dir in GetDirectories($"{folder}/*"))
        System.IO.File.WriteAllText($"{dir}/region.yml", $"name: \"Steunpunt {dir.GetDirectoryName()}\"\nbaseUrl: \"https://example.org/{dir.GetDirectoryName()}/\"\n");
}

// Counts the files of two trees, adding to differences every file that is in one only or differs in a byte.
int CompareTrees(string left, string right, List<string> differences)
{
    var files = new SortedSet<string>(StringComparer.Ordinal);
    foreach (var tree in new[] { left, right })
        foreach (var file in System.IO.Directory.EnumerateFiles(tree, "*", System.IO.SearchOption.AllDirectories))
            files.Add(System.IO.Path.GetRelativePath(tree, file));
    foreach (var file in files)
    {
        var (a, b) = (System.IO.Path.Combine(left, file), System.IO.Path.Combine(right, file));
        if (!System.IO.File.Exists(a) || !System.IO.File.Exists(b)) differences.Add($"{file}: written by one build only");
        // A region's build cache names the program that wrote it (its entries are used only by that program): it differs by design.
        else if (file.StartsWith(".cache/build/", StringComparison.Ordinal)) continue;
        // The record of a region's published files holds their write times (as git's index does): it differs by design.
        else if (file.StartsWith(".cache/published/", StringComparison.Ordinal)) continue;
        // A region's pack of compressed copies holds them in the order threads finished them; the copies themselves are site files, compared.
        else if (file.StartsWith(".cache/compressed/", StringComparison.Ordinal)) continue;
        else if (!System.IO.File.ReadAllBytes(a).AsSpan().SequenceEqual(System.IO.File.ReadAllBytes(b))) differences.Add($"{file}: different bytes");
    }
    return files.Count;
}

// Wall time and peak memory (max resident set size of the largest process) of one command, via GNU time.
(double Seconds, long Kb) Timed(string command)
{
    var report = System.IO.Path.GetTempFileName();
    var clock = System.Diagnostics.Stopwatch.StartNew();
    var code = StartProcess("/usr/bin/time", new ProcessSettings { Arguments = $"-f %M -o {report} {command}", RedirectStandardOutput = true });
    clock.Stop();
    if (code != 0) throw new Exception($"benchmark command failed ({code}): {command}");
    var kb = long.Parse(System.IO.File.ReadAllText(report).Trim().Split('\n').Last());
    return (clock.Elapsed.TotalSeconds, kb);
}

(double Seconds, long Kb) Median(List<(double Seconds, long Kb)> runs)
{
    var sorted = runs.OrderBy(r => r.Seconds).ToList();
    return sorted[sorted.Count / 2];
}
