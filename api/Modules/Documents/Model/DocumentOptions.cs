namespace CoopHub.Documents.Model;

/// <summary><c>Documents:*</c> and <c>Files:Root</c> (see the module README).</summary>
internal sealed class DocumentOptions
{
    /// <summary>The ceiling for one file.</summary>
    public long MaxBytes { get; set; } = 10L * 1024 * 1024;

    /// <summary>What one cooperative's vault may hold (documents not deleted), in bytes.</summary>
    public long QuotaBytes { get; set; } = 100L * 1024 * 1024;

    /// <summary>Days a deleted document's file is kept before the purge removes it.</summary>
    public int RetentionDays { get; set; } = 30;

    /// <summary>Images are scaled down so that their longer side is at most this many pixels (readable on a phone and on paper).</summary>
    public int MaxImageSide { get; set; } = 2000;

    /// <summary>An image declaring more pixels than this is refused before it is decoded (a decompression bomb).</summary>
    public long MaxImagePixels { get; set; } = 50_000_000;

    /// <summary>Whether the purge runs in the background (off in tests, which run one pass themselves).</summary>
    public bool Purge { get; set; } = true;

    public TimeSpan PurgeInterval { get; set; } = TimeSpan.FromHours(1);
}
