namespace StaticSite.Pipeline.Engine;

/// <summary>What the engine needs to know of a document: where it came from, to name it in errors.</summary>
public interface IDocument
{
    /// <summary>Path of the source file relative to the current directory, or a description for generated documents.</summary>
    string DisplayPath { get; }
}
