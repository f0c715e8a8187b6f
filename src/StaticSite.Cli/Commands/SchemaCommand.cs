using System.CommandLine;
using StaticSite.Content.Schema;

namespace StaticSite.Cli.Commands;

/// <summary>
/// <c>staticsite schema --output DIR</c>: writes the JSON Schemas generated from the content
/// model (one per content type and one for region.yml). The repository's <c>schemas/</c> folder
/// holds their output; a test keeps it equal to what this command writes.
/// </summary>
public static class SchemaCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(TextWriter output, TextWriter error)
    {
        var outputDir = new Option<string>("--output", "-o") { Description = "Folder to write the schemas to.", DefaultValueFactory = _ => "schemas" };
        var command = new Command("schema", "Write JSON Schemas of front matter and region.yml, for editors that complete and check YAML.") { outputDir };
        command.SetAction(parse =>
        {
            var folder = parse.GetValue(outputDir)!;
            try
            {
                Directory.CreateDirectory(folder);
                foreach (var schema in JsonSchemaGenerator.All())
                    File.WriteAllText(Path.Combine(folder, schema.FileName), schema.Json);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                error.WriteLine($"{folder}: error SS9002: the schemas could not be written ({ex.Message}). Check the folder name and permissions.");
                return ExitCodes.ContentErrors;
            }
            output.WriteLine($"wrote {JsonSchemaGenerator.All().Count} schemas to {folder}");
            return ExitCodes.Success;
        });
        return command;
    }
}
