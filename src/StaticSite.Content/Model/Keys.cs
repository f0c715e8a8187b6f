namespace StaticSite.Content.Model;

/// <summary>Every key an editor can write, in front matter and in region.yml. See <see cref="ContentSchema"/> for what each means.</summary>
public static class Keys
{
#pragma warning disable CS1591 // the names say it; ContentSchema documents each
    public const string Type = "type", Title = "title", Description = "description", Audience = "audience",
        Topics = "topics", Date = "date", Updated = "updated", ReviewBy = "review_by", Draft = "draft",
        Aliases = "aliases", Weight = "weight", Slug = "slug";
    public const string Phone = "phone", Email = "email", Website = "website", Address = "address",
        Municipalities = "municipalities";
    public const string Abbreviation = "abbreviation", Synonyms = "synonyms";
    public const string Steps = "steps", Organisation = "organisation";
    public const string Name = "name", BaseUrl = "baseUrl", Contact = "contact", Hours = "hours",
        Exclude = "exclude", Theme = "theme", Branding = "branding", Color = "color", ColorText = "color_text",
        TopTasks = "top_tasks", Readability = "readability", MinScore = "min_score", Languages = "languages";
    public const string Cms = "cms", Backend = "backend", Repo = "repo", Branch = "branch", BaseUrlCms = "base_url",
        AuthEndpoint = "auth_endpoint", AppId = "app_id", ApiRoot = "api_root";
#pragma warning restore CS1591
}
