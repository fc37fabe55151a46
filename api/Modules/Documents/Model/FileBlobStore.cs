using System.Security.Cryptography;

namespace CoopHub.Documents.Model;

/// <summary>
/// The default <see cref="IBlobStore"/>: <c>{root}/ab/cd/abcd…</c> (the first two byte pairs of the hash as folders, so
/// no folder grows too large). A blob is written to a temporary name and moved into place, so a reader on another
/// instance never sees half a file, and two instances writing the same content end with the same bytes.
/// </summary>
internal sealed class FileBlobStore(string root) : IBlobStore
{
    public string Root { get; } = Path.GetFullPath(root);

    public async Task<string> PutAsync(ReadOnlyMemory<byte> content, CancellationToken ct)
    {
        var key = Convert.ToHexStringLower(SHA256.HashData(content.Span));
        var path = PathOf(key);
        if (File.Exists(path)) return key;
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        await File.WriteAllBytesAsync(temporary, content.ToArray(), ct);
        try
        {
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
        return key;
    }

    public Task<Stream?> OpenAsync(string key, CancellationToken ct)
    {
        var path = PathOf(key);
        Stream? stream = File.Exists(path) ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 64 * 1024, useAsync: true) : null;
        return Task.FromResult(stream);
    }

    public Task<bool> ExistsAsync(string key, CancellationToken ct) => Task.FromResult(File.Exists(PathOf(key)));

    public Task DeleteAsync(string key, CancellationToken ct)
    {
        var path = PathOf(key);
        if (File.Exists(path)) File.Delete(path);
        return Task.CompletedTask;
    }

    /// <summary>The key is the hex hash this store wrote; anything else is refused rather than joined to a path.</summary>
    public string PathOf(string key)
    {
        if (key.Length != 64 || !key.All(char.IsAsciiHexDigitLower)) throw new ArgumentException("Not a blob key.", nameof(key));
        return Path.Combine(Root, key[..2], key[2..4], key);
    }
}
