using System.Diagnostics;
using System.Net.Sockets;

namespace StaticSite.Tests.Harness;

/// <summary>Entries that are not ordinary files, made in a test site: links, named pipes, sockets, devices.</summary>
internal static class SpecialFiles
{
    /// <summary>A symbolic link at <paramref name="path"/> (site-relative) with exactly <paramref name="target"/> as its text.</summary>
    public static TestSite Link(this TestSite site, string path, string target)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(site.Full(path))!);
        File.CreateSymbolicLink(site.Full(path), target);
        return site;
    }

    /// <summary>A named pipe (FIFO) at <paramref name="path"/>: opening it for reading waits for a writer.</summary>
    public static TestSite Fifo(this TestSite site, string path) => Run(site, path, "mkfifo", site.Full(path));

    /// <summary>A character device like /dev/zero (major 1, minor 5) at <paramref name="path"/>; needs root, as the tests have.</summary>
    public static TestSite ZeroDevice(this TestSite site, string path) => Run(site, path, "mknod", site.Full(path), "c", "1", "5");

    /// <summary>A bound Unix socket's file at <paramref name="path"/>; it exists until the returned socket is disposed.</summary>
    public static Socket UnixSocket(this TestSite site, string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(site.Full(path))!);
        var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        socket.Bind(new UnixDomainSocketEndPoint(site.Full(path)));
        return socket;
    }

    /// <summary>A sparse file of <paramref name="length"/> bytes: it claims its size without taking the disk space.</summary>
    public static TestSite Sparse(this TestSite site, string path, long length)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(site.Full(path))!);
        using var stream = File.Create(site.Full(path));
        stream.SetLength(length);
        return site;
    }

    /// <summary>A file in <paramref name="folder"/> whose name is exactly <paramref name="name"/> as bytes (Latin-1 names, which .NET cannot spell).</summary>
    public static TestSite RawName(this TestSite site, string folder, byte[] name, string text)
    {
        Directory.CreateDirectory(site.Full(folder));
        var octal = string.Concat(name.Select(b => "\\" + Convert.ToString(b, 8).PadLeft(3, '0')));
        return Run(site, folder, "sh", "-c", $"cd \"$2\" && printf '%s' \"$1\" > \"$(printf '{octal}')\"", "sh", text, site.Full(folder));
    }

    private static TestSite Run(TestSite site, string path, string program, params string[] args)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(site.Full(path))!);
        using var process = Process.Start(new ProcessStartInfo(program, args) { RedirectStandardError = true })!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{program} {string.Join(' ', args)} failed: {error}");
        return site;
    }
}
