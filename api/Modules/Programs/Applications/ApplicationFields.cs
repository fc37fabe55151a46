using CoopHub.Shared.Localization;
using CoopHub.Programs.Model;
using CoopHub.Shared.Pipeline;
using FluentValidation;
using CoopHub.Shared.Http;

namespace CoopHub.Programs.Applications;

/// <summary>The dossier a cooperative files: its project, the support it asks for, links to its documents.</summary>
internal abstract record ApplicationFields
{
    public string? ProjectSummary { get; init; }

    /// <summary>Codes of the program's support axes asked for.</summary>
    public IReadOnlyList<string>? RequestedAxes { get; init; }

    /// <summary>In the program's currency.</summary>
    public decimal? RequestedAmount { get; init; }

    /// <summary>Per required document (by its key): a link, or a document of the cooperative's vault (<c>documentId</c>).</summary>
    public IReadOnlyList<DocumentLink>? Documents { get; init; }

    public string AnswersJson() => ApiJson.Write(new ApplicationAnswers(
        string.IsNullOrWhiteSpace(ProjectSummary) ? null : ProjectSummary.Trim(), (RequestedAxes ?? []).Distinct().ToList(), RequestedAmount));

    /// <summary>What is stored: the links trimmed, the picked documents with what they are now (see <see cref="ApplicationDocuments"/>).</summary>
    public string DocumentsJson(IReadOnlyDictionary<Guid, CoopHub.Contracts.Documents.VaultDocumentSnapshot> picked)
        => ApiJson.Write((Documents ?? []).Select(d => d.DocumentId is { } id
            ? new ApplicationDocument(d.Key, null, id, ApplicationDocuments.Picked(picked[id], null))
            : new ApplicationDocument(d.Key, d.Url!.Trim())).ToList());

    /// <summary>Axes and document keys must be the program's and the call's; null when they are.</summary>
    public CoopHub.Shared.Results.Error? CheckAgainst(ProgramRow program, CallRow call)
    {
        var axes = ApiJson.List<SupportAxis>(program.SupportAxes);
        var requested = RequestedAxes ?? [];
        for (var i = 0; i < requested.Count; i++)
        {
            if (axes.All(a => a.Code != requested[i]))
            {
                return CoopHub.Shared.Results.Error.Invalid($"requestedAxes[{i}]", "programs.axis_unknown", ("program", program.Code),
                    ("axes", ServerText.List(axes.Select(a => ProgramText.Name(a.Code, a.NameAr, a.NameFr, a.NameEn)))));
            }
        }
        var documents = Documents ?? [];
        for (var i = 0; i < documents.Count; i++)
        {
            if (call.DocumentList.All(d => d.Key != documents[i].Key))
            {
                return CoopHub.Shared.Results.Error.Invalid($"documents[{i}].key", "programs.document_unknown",
                    ("documents", ServerText.List(call.DocumentList.Select(d => ProgramText.Name(d.Key, d.NameAr, d.NameFr, d.NameEn)))));
            }
        }
        return null;
    }
}

internal abstract class ApplicationFieldsValidator<T> : AbstractValidator<T>
    where T : ApplicationFields
{
    protected ApplicationFieldsValidator()
    {
        RuleFor(x => x.ProjectSummary).SafeMultilineText().MaximumLength(5000).WithText("programs.project_summary_most_5000_characters");
        RuleFor(x => x.RequestedAxes).Must(a => a is null || a.Count <= 10).WithText("programs.ask_most_10_axes");
        RuleForEach(x => x.RequestedAxes).SafeText();
        RuleFor(x => x.RequestedAmount).GreaterThanOrEqualTo(0).WithText("programs.amount_cannot_negative")
            .LessThan(1_000_000_000m).WithText("programs.amount_too_large");
        RuleFor(x => x.Documents).Must(d => d is null || d.Count <= 30).WithText("programs.link_most_30_documents")
            .Must(d => d is null || d.Where(x => x?.Key is not null).GroupBy(x => x.Key).All(g => g.Count() == 1)).WithText("programs.link_each_document_once");
        RuleForEach(x => x.Documents).ChildRules(d =>
        {
            d.RuleFor(x => x.Key).SafeText().NotEmpty().WithText("programs.give_documents_key");
            // A link or a document of the vault, one of the two (ADR 0030).
            d.RuleFor(x => x.DocumentId).Must(id => id != Guid.Empty).When(x => x.DocumentId is not null).WithText("programs.vault_document_unknown")
                .Must((x, id) => id is null || string.IsNullOrWhiteSpace(x.Url)).WithText("programs.give_link_or_document");
            d.RuleFor(x => x.Url).SafeText();
            d.RuleFor(x => x.Url).NotEmpty().When(x => x.DocumentId is null).WithText("programs.give_documents_link");
            d.RuleFor(x => x.Url).MaximumLength(2000).WithText("programs.link_most_2000_characters")
                .Must(u => u is null || (Uri.TryCreate(u.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)))
                .WithText("programs.give_full_http_s_link_e");
        });
    }
}
