// Build script: `dotnet tool restore` once, then `dotnet cake --target=<Task>`.
//   Sites      build the example regions from content/ into dist/ (the main job)
//   Test       every test: unit, integration, search compatibility, browser
//   Benchmark  full builds of generated corpora (1x1,000, 1x10,000, 30x1,000 pages) to disk and
//              to /dev/shm, with Hugo side by side when it is installed (apt-get install hugo)
var target = Argument("target", "Test");
var configuration = Argument("configuration", "Release");
var benchRounds = Argument("rounds", 3);
var benchCorpora = Argument("corpora", "1x1000,1x10000,30x1000");

var solution = "./StaticSite.sln";
// The command people run: published ReadyToRun (precompiled), which starts about a third faster
// than the JIT-compiled build output; a static site build is short enough for that to matter.
var cli = "./artifacts/staticsite/staticsite.dll";

Task("Clean").Does(() =>
{
    CleanDirectories("./src/**/bin/" + configuration);
    CleanDirectories("./tests/**/bin/" + configuration);
    CleanDirectory("./dist");
});

Task("Restore").Does(() =>
{
    // The theme's browser packages (lunr) are copied into every site; the tests use axe-core; the
    // web editor (Decap CMS, editor/) is copied next to the tool by the build of StaticSite.Build.
    foreach (var folder in new[] { "./themes/default", "./tests", "./editor" })
        if (FileExists(folder + "/package-lock.json"))
            Run("npm", "ci --no-audit --no-fund", folder);
    DotNetRestore(solution);
});

Task("Build").IsDependentOn("Restore").Does(() =>
{
    DotNetBuild(solution, new DotNetBuildSettings { Configuration = configuration, NoRestore = true });
});

Task("Publish").IsDependentOn("Build").Does(() =>
{
    DotNetPublish("./src/StaticSite.Cli/StaticSite.Cli.csproj", new DotNetPublishSettings
    {
        Configuration = configuration,
        Runtime = System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier,
        SelfContained = false,
        PublishReadyToRun = true,
        OutputDirectory = "./artifacts/staticsite",
    });
});

Task("Test").IsDependentOn("Build").Does(() =>
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
    Run("dotnet", $"{cli} build");
});

Task("Benchmark").IsDependentOn("Publish").Does(() =>
{
    var root = "./artifacts/benchmark";
    EnsureDirectoryExists(root);
    var hugo = Run("sh", "-c \"command -v hugo\"", ".", throwOnError: false) == 0;
    if (!hugo) Information("Hugo is not installed (apt-get install hugo): measuring StaticSite alone.");
    foreach (var spec in benchCorpora.Split(','))
    {
        var parts = spec.Split('x');
        var (regions, pages) = (int.Parse(parts[0]), int.Parse(parts[1]));
        var corpus = $"{root}/corpus-{spec}";
        if (!DirectoryExists(corpus))
        {
            Run("python3", $"../shared/tools/gen_corpus.py --regions {regions} --pages {pages} --seed 42 --out {corpus}/plain --format plain", ".");
            foreach (var dir in GetDirectories($"{corpus}/plain/*"))
                System.IO.File.WriteAllText($"{dir}/region.yml", $"name: \"Steunpunt {dir.GetDirectoryName()}\"\nbaseUrl: \"https://example.org/{dir.GetDirectoryName()}/\"\n");
            if (hugo)
                Run("python3", $"../shared/tools/gen_corpus.py --regions {regions} --pages {pages} --seed 42 --out {corpus}/hugo --format hugo", ".");
        }
        foreach (var medium in new[] { "disk", "tmpfs" })
        {
            var outRoot = medium == "disk" ? $"{root}/out-{spec}" : $"/dev/shm/staticsite-bench-{spec}";
            var ours = new List<(double Seconds, long Kb)>();
            var theirs = new List<(double Seconds, long Kb)>();
            for (var round = 0; round < benchRounds; round++)
            {
                // Interleave the two tools so machine noise hits both alike.
                ours.Add(Timed($"dotnet {cli} build --content {corpus}/plain --output {outRoot}/staticsite"));
                if (hugo)
                {
                    var sites = GetDirectories($"{corpus}/hugo/*").Select(d => d.FullPath).ToList();
                    theirs.Add(Timed("sh -c \"" + string.Join(" && ", sites.Select(s => $"hugo --quiet -s {s} -d {System.IO.Path.GetFullPath(outRoot)}/hugo/{System.IO.Path.GetFileName(s)}")) + "\""));
                }
            }
            var total = regions * pages;
            var o = Median(ours);
            var line = $"{spec} pages, {medium}: StaticSite {o.Seconds:0.00} s ({total / o.Seconds:0} pages/s, peak {o.Kb / 1024} MB)";
            if (hugo)
            {
                var h = Median(theirs);
                line += $"; Hugo {h.Seconds:0.00} s (peak {h.Kb / 1024} MB); ratio {o.Seconds / h.Seconds:0.00}";
            }
            Information(line);
            System.IO.File.AppendAllText($"{root}/results.txt", $"{DateTime.UtcNow:yyyy-MM-dd HH:mm} {line}\n");
            if (medium == "tmpfs") DeleteDirectory(outRoot, new DeleteDirectorySettings { Recursive = true, Force = true });
        }
    }
});

RunTarget(target);

// Runs a program and fails the task when it fails.
int Run(string program, string arguments, string workingDirectory = ".", bool throwOnError = true)
{
    var code = StartProcess(program, new ProcessSettings { Arguments = arguments, WorkingDirectory = workingDirectory });
    if (code != 0 && throwOnError) throw new Exception($"{program} {arguments} failed with exit code {code}");
    return code;
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
