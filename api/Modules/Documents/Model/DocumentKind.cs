namespace CoopHub.Documents.Model;

/// <summary>What a document is, as a call's required documents name them (stored and sent in camelCase).</summary>
internal enum DocumentKind
{
    Statutes,
    RegistrationCertificate,
    OnssaAuthorisation,
    Certification,
    BankIdentity,
    AttendanceSheet,
    Photo,
    Other,
}

internal static class DocumentKinds
{
    public static string Code(DocumentKind kind) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(kind.ToString());

    public static readonly IReadOnlyDictionary<string, DocumentKind> ByCode = Enum.GetValues<DocumentKind>().ToDictionary(Code, k => k, StringComparer.Ordinal);
}
