using StaticSite.Output.Files;

namespace StaticSite.Tests.Output;

/// <summary>
/// Every file of a staged site is written by <see cref="NewFile"/> (its own system calls on
/// Linux): the bytes land whole, whatever is already at the path (a file, a link to a file outside, a dangling link, a
/// folder) is refused and left as it was, and failures are the exceptions the build reports.
/// </summary>
public sealed class NewFileTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("newfile-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(70_001)]
    [InlineData(3_000_000)]
    public void Writes_the_bytes_and_returns_the_stamp_the_file_system_recorded(int length)
    {
        var bytes = new byte[length];
        new Random(length).NextBytes(bytes);
        var path = Path.Combine(_root, "page.html");

        var stamp = NewFile.WriteStamped(path, bytes);

        Assert.Equal(bytes, File.ReadAllBytes(path));
        Assert.Equal(FileStamp.Of(path), stamp);
    }

    public static TheoryData<string> Occupants => ["file", "link to a file", "dangling link", "folder"];

    [Theory]
    [MemberData(nameof(Occupants))]
    public void Refuses_a_path_that_is_taken_and_changes_nothing(string occupant)
    {
        var path = Path.Combine(_root, "page.html");
        var outside = Path.Combine(_root, "outside.txt");
        File.WriteAllText(outside, "outside");
        switch (occupant)
        {
            case "file": File.WriteAllText(path, "before"); break;
            case "link to a file": File.CreateSymbolicLink(path, outside); break;
            case "dangling link": File.CreateSymbolicLink(path, Path.Combine(_root, "nowhere.txt")); break;
            default: Directory.CreateDirectory(path); break;
        }

        Assert.ThrowsAny<IOException>(() => NewFile.WriteStamped(path, "new"u8));

        Assert.Equal("outside", File.ReadAllText(outside));
        Assert.False(File.Exists(Path.Combine(_root, "nowhere.txt")));
        if (occupant == "file") Assert.Equal("before", File.ReadAllText(path));
    }

    [Fact]
    public void A_missing_folder_is_an_IOException_that_names_the_path()
    {
        var path = Path.Combine(_root, "missing", "page.html");

        var error = Assert.ThrowsAny<IOException>(() => NewFile.WriteStamped(path, "x"u8));

        Assert.Contains(path, error.Message);
    }
}
