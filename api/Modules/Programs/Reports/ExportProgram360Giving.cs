using System.Globalization;
using CoopHub.Programs.Model;
using CoopHub.Shared.Http;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoopHub.Programs.Reports;

/// <summary>360Giving grants: one per support delivered with an amount (recipient, amount, date, location).</summary>
internal static class ThreeSixtyGiving
{
    public static object Write(DonorData data)
    {
        var details = data.Program.ToDetails();
        var funders = details.Partners.Where(p => p.Role == PartnerRole.Funder).ToList();
        object[] funding = funders.Count > 0
            ? funders.Select(f => (object)new { id = "COOPHUB-ORG-" + f.OrganisationId, name = f.NameFr ?? f.NameAr ?? f.Acronym }).ToArray()
            : [new { id = IatiActivity.ReportingOrgRef, name = "CoopHub" }];
        return new
        {
            grants = data.Support.Where(s => s.Amount is > 0).Select(s => new
            {
                id = $"360G-COOPHUB-{details.Code}-{s.Id}",
                title = $"{details.Code}: {s.Kind} — {s.Axis}",
                description = s.Description ?? $"{s.Kind} ({s.Axis}) delivered under {details.NameFr ?? details.NameAr ?? details.Code}.",
                currency = details.Currency,
                amountAwarded = s.Amount,
                awardDate = s.DeliveredOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                recipientOrganization = new[] { new { id = "COOPHUB-COOP-" + s.CooperativeId, name = s.CooperativeNameFr ?? s.CooperativeNameAr } },
                fundingOrganization = funding,
                beneficiaryLocation = new[] { new { name = s.RegionCode, geoCode = s.RegionCode, geoCodeType = "ISO 3166-2" } },
                grantProgramme = new[] { new { code = details.Code, title = details.NameFr ?? details.NameAr } },
            }).ToList(),
        };
    }
}

internal static class ExportProgram360GivingEndpoint
{
    public static RouteGroupBuilder MapExportProgram360Giving(this RouteGroupBuilder programs)
    {
        programs.MapGet("/{id:guid}/360giving.json", async Task<Results<JsonHttpResult<object>, ProblemHttpResult>> (Guid id, ISender sender, CancellationToken ct) =>
            {
                var data = await sender.Send(new GetDonorDataQuery(id), ct);
                return data.IsFailure ? data.Error!.ToProblem() : TypedResults.Json(ThreeSixtyGiving.Write(data.Value));
            })
            .WithName("ExportProgram360Giving")
            .WithSummary("The program's support as 360Giving grants (JSON): one grant per support delivered with an amount.")
            .Produces(200, contentType: "application/json")
            .ProducesProblems(404);
        return programs;
    }
}
