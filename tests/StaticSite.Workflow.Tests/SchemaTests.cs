using System.Text.Json;
using StaticSite.Content.Model;
using StaticSite.Content.Schema;

namespace StaticSite.Workflow.Tests;

public sealed class SchemaTests
{
    [Fact]
    public void Committed_schemas_equal_the_generated_ones()
    {
        var folder = Path.Combine(TestSite.RepositoryRoot, "schemas");
        var generated = JsonSchemaGenerator.All();
        Assert.Equal(generated.Select(s => s.FileName).Order(), Directory.GetFiles(folder, "*.schema.json").Select(Path.GetFileName).Order());
        foreach (var schema in generated)
            Assert.True(schema.Json == File.ReadAllText(Path.Combine(folder, schema.FileName)).ReplaceLineEndings("\n"),
                $"schemas/{schema.FileName} is out of date. Run: dotnet run --project src/StaticSite.Cli -- schema --output schemas");
    }

    [Fact]
    public void Each_type_schema_has_its_keys_and_required_fields_from_the_content_model()
    {
        foreach (var type in ContentTypes.All)
        {
            var schema = JsonSchemaGenerator.ForType(type);
            Assert.Equal(JsonSchemaGenerator.Dialect, (string?)schema["$schema"]);
            var keys = schema["properties"]!.AsObject().Select(p => p.Key).ToHashSet();
            Assert.Equal(ContentSchema.PageFields.Where(f => f.AppliesToType(type)).Select(f => f.Key).ToHashSet(), keys);
            Assert.False((bool)schema["additionalProperties"]!);
            Assert.Contains("title", schema["required"]!.AsArray().Select(r => (string?)r));
        }
        Assert.Contains("steps", JsonSchemaGenerator.ForType(ContentType.Route)["required"]!.AsArray().Select(r => (string?)r));
        Assert.Contains("date", JsonSchemaGenerator.ForType(ContentType.News)["required"]!.AsArray().Select(r => (string?)r));
        Assert.Equal(["name", "baseUrl"], JsonSchemaGenerator.ForRegion()["required"]!.AsArray().Select(r => (string?)r));
    }

    [Fact]
    public void Schema_command_writes_every_schema()
    {
        var folder = Path.Combine(Path.GetTempPath(), "staticsite-schemas-" + Guid.NewGuid().ToString("N"));
        try
        {
            var output = new StringWriter();
            Assert.Equal(0, StaticSite.Cli.StaticSiteCommandLine.Run(["schema", "--output", folder], output, new StringWriter()));
            foreach (var schema in JsonSchemaGenerator.All())
                JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, schema.FileName))).Dispose();
            Assert.Equal(7, Directory.GetFiles(folder).Length);
        }
        finally { Directory.Delete(folder, true); }
    }
}
