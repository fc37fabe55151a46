using System.Globalization;
using System.Xml.Linq;
using CoopHub.Programs.Model;
using CoopHub.Shared.Http;
using CoopHub.Shared.Text;
using CoopHub.Shared.Time;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoopHub.Programs.Reports;

/// <summary>
/// The program as one IATI 2.03 activity (validated against the schema shipped in db/reference/iati-2.03 by the tests):
/// participating organisations from the partners, dates, Morocco as recipient, the budget, one disbursement per
/// support delivered with an amount, and one result per indicator with its target and the measured total.
/// </summary>
internal static class IatiActivity
{
    public const string ReportingOrgRef = "MA-COOPHUB";

    public static XDocument Write(DonorData data, DateTimeOffset now)
    {
        var p = data.Program;
        var details = p.ToDetails();
        var xml = XNamespace.Xml;
        static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        static string Amount(decimal v) => v.ToString("0.##", CultureInfo.InvariantCulture);
        XElement Narratives(string element, params (string? Text, string Lang)[] texts)
            => new(element, texts.Where(t => !string.IsNullOrWhiteSpace(t.Text)).Select(t => new XElement("narrative", new XAttribute(xml + "lang", t.Lang), t.Text)));
        var today = Casablanca.Today(TimeProvider.System);
        var start = details.StartsOn ?? DateOnly.FromDateTime(p.CreatedAt.UtcDateTime);
        var status = details.StartsOn > today ? "1" : details.EndsOn is { } end && end < today ? "3" : "2";
        var participating = details.Partners.Select(partner => new XElement("participating-org",
                new XAttribute("role", partner.Role switch { PartnerRole.Funder => "1", PartnerRole.Implementer => "4", _ => "3" }),
                new XElement("narrative", partner.NameFr ?? partner.NameAr ?? partner.Acronym ?? partner.OrganisationId.ToString())))
            .DefaultIfEmpty(new XElement("participating-org", new XAttribute("role", "2"), new XAttribute("ref", ReportingOrgRef), new XElement("narrative", "CoopHub")))
            .ToList();
        var descriptionText = string.Join(" · ", details.Goals.DefaultIfEmpty(details.NameFr ?? details.NameAr ?? details.Code));
        var period = details.EndsOn is { } e2 ? (Start: start, End: e2) : (Start: start, End: start.AddYears(1).AddDays(-1));
        var activity = new XElement("iati-activity",
            new XAttribute("last-updated-datetime", p.UpdatedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)),
            new XAttribute(xml + "lang", "fr"),
            new XAttribute("default-currency", details.Currency),
            new XElement("iati-identifier", $"{ReportingOrgRef}-{details.Code}"),
            new XElement("reporting-org", new XAttribute("ref", ReportingOrgRef), new XAttribute("type", "10"), new XElement("narrative", "CoopHub")),
            Narratives("title", (details.NameFr, "fr"), (details.NameAr, "ar"), (details.NameEn, "en")),
            new XElement("description", new XAttribute("type", "1"), new XElement("narrative", new XAttribute(xml + "lang", "fr"), descriptionText)),
            participating,
            new XElement("activity-status", new XAttribute("code", status)),
            new XElement("activity-date", new XAttribute("type", "1"), new XAttribute("iso-date", Date(start))),
            details.EndsOn is { } plannedEnd ? new XElement("activity-date", new XAttribute("type", "3"), new XAttribute("iso-date", Date(plannedEnd))) : null,
            new XElement("recipient-country", new XAttribute("code", "MA"), new XAttribute("percentage", "100")),
            details.Budget is { } budget
                ? new XElement("budget", new XAttribute("type", "1"), new XAttribute("status", "1"),
                    new XElement("period-start", new XAttribute("iso-date", Date(period.Start))),
                    new XElement("period-end", new XAttribute("iso-date", Date(period.End))),
                    new XElement("value", new XAttribute("value-date", Date(period.Start)), Amount(budget)))
                : null,
            data.Support.Where(s => s.Amount is > 0).Select(s => new XElement("transaction",
                new XAttribute("ref", s.Id.ToString()),
                new XElement("transaction-type", new XAttribute("code", "3")),
                new XElement("transaction-date", new XAttribute("iso-date", Date(s.DeliveredOn))),
                new XElement("value", new XAttribute("value-date", Date(s.DeliveredOn)), Amount(s.Amount!.Value)),
                new XElement("description", new XElement("narrative", $"{s.Kind} — {s.Axis}" + (s.Description is null ? "" : ": " + s.Description))),
                new XElement("receiver-org", new XElement("narrative", s.CooperativeNameFr ?? s.CooperativeNameAr ?? s.CooperativeId.ToString())))),
            details.Indicators.Select(i =>
            {
                var measured = data.Outcomes.Where(o => o.Indicator == i.Code).ToList();
                var periodStart = measured.Count > 0 ? measured.Min(o => o.MeasuredOn) : period.Start;
                var periodEnd = measured.Count > 0 ? measured.Max(o => o.MeasuredOn) : period.End;
                return new XElement("result", new XAttribute("type", "2"), new XAttribute("aggregation-status", "1"),
                    new XElement("title", new XElement("narrative", i.NameFr ?? i.NameAr ?? i.Code)),
                    new XElement("indicator", new XAttribute("measure", "1"), new XAttribute("ascending", "1"),
                        new XElement("title", new XElement("narrative", i.NameFr ?? i.NameAr ?? i.Code)),
                        new XElement("period",
                            new XElement("period-start", new XAttribute("iso-date", Date(periodStart))),
                            new XElement("period-end", new XAttribute("iso-date", Date(periodEnd < periodStart ? periodStart : periodEnd))),
                            i.Target is { } target ? new XElement("target", new XAttribute("value", Amount(target))) : null,
                            new XElement("actual", new XAttribute("value", Amount(measured.Sum(o => o.Value)))))));
            }));
        // Text stored before the text rule (ADR 0015) may hold characters XML 1.0 forbids: dropped rather than a 500.
        return new XDocument(new XDeclaration("1.0", "utf-8", null), new XElement("iati-activities",
            new XAttribute("version", "2.03"),
            new XAttribute("generated-datetime", now.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)),
            activity)).WithXmlSafeText();
    }
}

internal static class ExportProgramIatiEndpoint
{
    public static RouteGroupBuilder MapExportProgramIati(this RouteGroupBuilder programs)
    {
        programs.MapGet("/{id:guid}/iati.xml", async Task<Results<ContentHttpResult, ProblemHttpResult>> (Guid id, ISender sender, TimeProvider clock, CancellationToken ct) =>
            {
                var data = await sender.Send(new GetDonorDataQuery(id), ct);
                if (data.IsFailure) return data.Error!.ToProblem();
                var document = IatiActivity.Write(data.Value, clock.GetUtcNow());
                return TypedResults.Content(document.Declaration + "\n" + document.Root, "application/xml; charset=utf-8");
            })
            .WithName("ExportProgramIati")
            .WithSummary("The program as an IATI 2.03 activity (XML): partners, dates, budget, disbursements per support delivered, results per indicator.")
            .Produces(200, contentType: "application/xml")
            .ProducesProblems(404);
        return programs;
    }
}
