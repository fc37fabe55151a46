using System.Text.Json.Nodes;

namespace CoopHub.Api.Tests.Cooperatives;

/// <summary>Request bodies as a client would send them, easy to spoil one field at a time.</summary>
internal static class CooperativeBodies
{
    public static JsonObject Valid(string registrationNumber = "02-2020-000001", string region = "MA-02", string province = "MA-OUJ",
        string sector = "handicraft", int total = 20, int women = 15, int youth = 5, bool womenLed = true,
        string nameAr = "تعاونية الكرامة للنسيج", string? nameFr = "Coopérative Al Karama de tissage", string foundedOn = "2019-03-08") => new()
    {
        ["registrationNumber"] = registrationNumber,
        ["nameAr"] = nameAr,
        ["nameFr"] = nameFr,
        ["legalForm"] = "cooperative",
        ["sectors"] = new JsonArray(sector),
        ["activities"] = "Tissage de tapis et couvertures",
        ["products"] = new JsonArray("زربية", "Tapis"),
        ["regionCode"] = region,
        ["provinceCode"] = province,
        ["commune"] = "Oujda",
        ["address"] = "Bayt Al Karama, Oujda",
        ["foundedOn"] = foundedOn,
        ["members"] = new JsonObject { ["total"] = total, ["women"] = women, ["youth"] = youth },
        ["womenLed"] = womenLed,
        ["board"] = new JsonObject { ["size"] = 5, ["managerRole"] = "Présidente" },
        ["certifications"] = new JsonArray(new JsonObject { ["name"] = "Label qualité", ["issuer"] = "ODCO", ["obtainedOn"] = "2021-01-01", ["expiresOn"] = "2026-12-31" }),
        ["needs"] = new JsonArray("marketing", "digital"),
        ["contact"] = new JsonObject { ["phone"] = "+212 536 00 00 00", ["email"] = "contact@example.ma", ["website"] = "https://example.ma" },
    };
}
