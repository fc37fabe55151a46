using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace CoopHub.Shared.Http;

/// <summary>
/// How CoopHub hands out a private file (a cooperative's document, from its vault or from an application; ADR 0027):
/// always an attachment, never shown inline, with <c>nosniff</c>: a browser saves the file instead of rendering it on
/// CoopHub's origin. Ranges let a phone resume a large PDF (If-Range with the strong ETag, the content's SHA-256);
/// <c>private, no-store</c>: a cooperative's papers on a shared phone, neither the browser's cache nor the SPA's
/// service worker keeps them.
/// </summary>
public static class PrivateFiles
{
    public static FileStreamHttpResult Attachment(HttpResponse response, Stream content, string contentType, string fileName,
        DateTimeOffset lastModified, string sha256)
    {
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.CacheControl = "private, no-store";
        return TypedResults.File(content, contentType, fileName, lastModified: lastModified,
            entityTag: new EntityTagHeaderValue($"\"{sha256}\""), enableRangeProcessing: true);
    }
}
