using System.Globalization;
using System.Text;
using CoopHub.Cooperatives.RegisterCooperative;
using CoopHub.Shared.Csv;
using CsvHelper;
using CsvHelper.Configuration;

namespace CoopHub.Cooperatives.Model;

internal sealed record CsvRow(int Row, RegisterCooperativeCommand Command);

/// <summary>
/// The registry's CSV: one header row with these field names, lists separated by '|',
/// certifications as JSON. Export writes exactly what import reads, so a file round-trips.
/// </summary>
internal static class CooperativeCsv
{
    public static readonly string[] Columns =
    [
        "registrationNumber", "nameAr", "nameFr", "legalForm", "sectors", "activities", "products",
        "regionCode", "provinceCode", "commune", "address", "foundedOn", "membersTotal", "membersWomen",
        "membersYouth", "womenLed", "boardSize", "managerRole", "needs", "certifications",
        "contactPhone", "contactEmail", "contactWebsite", "status", "contactLanguage",
    ];

    /// <summary>Columns an import reads that the export does not write (not a property of the cooperative).</summary>
    public static readonly string[] ImportOnlyColumns = ["contactConsent"];

    private static readonly string[] Required = ["registrationNumber", "regionCode", "provinceCode", "sectors", "membersTotal"];

    public static async Task WriteAsync(TextWriter writer, IEnumerable<CooperativeDetails> cooperatives, CancellationToken ct)
    {
        await writer.WriteAsync(CsvTable.Line(Columns.Select(c => (CsvCell)c)));
        foreach (var c in cooperatives)
        {
            ct.ThrowIfCancellationRequested();
            await writer.WriteAsync(CsvTable.Line(
                c.RegistrationNumber, c.NameAr, c.NameFr, c.LegalForm, string.Join('|', c.Sectors), c.Activities, string.Join('|', c.Products),
                c.RegionCode, c.ProvinceCode, c.Commune, c.Address, c.FoundedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                c.Members.Total, c.Members.Women, c.Members.Youth, c.WomenLed ? "true" : "false", c.Board.Size, c.Board.ManagerRole,
                string.Join('|', c.Needs.Select(n => CooperativeJson.Write(n).Trim('"'))),
                c.Certifications.Count == 0 ? "" : CooperativeJson.Write(c.Certifications),
                c.Contact?.Phone, c.Contact?.Email, c.Contact?.Website, c.Status.ToApi(), c.Contact?.Language));
        }
        await writer.FlushAsync(ct);
    }

    /// <summary>Reads every row, collecting what cannot be read; the validator then checks each command.</summary>
    public static (IReadOnlyList<CsvRow> Rows, IReadOnlyList<CsvRowError> Errors) Read(string text)
    {
        var rows = new List<CsvRow>();
        var errors = new List<CsvRowError>();
        if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];
        var firstLine = text.Split('\n', 2)[0];
        var delimiter = firstLine.Count(ch => ch == ';') > firstLine.Count(ch => ch == ',') ? ";" : ",";

        using var reader = new StringReader(text);
        using var csv = new CsvParser(reader, new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = delimiter,
            BadDataFound = null,
            MissingFieldFound = null,
            DetectColumnCountChanges = false,
            IgnoreBlankLines = true,
        });

        if (!csv.Read())
        {
            errors.Add(CsvRowError.Of(1, "header", "cooperatives.import.file_empty"));
            return (rows, errors);
        }
        var header = csv.Record!.Select(h => h.Trim()).ToArray();
        var index = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < header.Length; i++)
        {
            var known = Columns.Concat(ImportOnlyColumns).FirstOrDefault(c => string.Equals(c, header[i], StringComparison.OrdinalIgnoreCase));
            if (known is null)
            {
                errors.Add(CsvRowError.Of(1, header[i], "cooperatives.import.unknown_column"));
            }
            else if (!index.TryAdd(known, i))
            {
                errors.Add(CsvRowError.Of(1, known, "cooperatives.import.column_twice"));
            }
        }
        foreach (var missing in Required.Where(r => !index.ContainsKey(r)))
        {
            errors.Add(CsvRowError.Of(1, missing, "cooperatives.import.column_missing"));
        }
        if (errors.Count > 0) return (rows, errors);

        while (csv.Read())
        {
            var row = csv.Row;
            var record = csv.Record!;
            if (record.All(string.IsNullOrWhiteSpace)) continue;
            var cells = new RowReader(record, index, row, errors);
            rows.Add(new CsvRow(row, new RegisterCooperativeCommand
            {
                RegistrationNumber = cells.Text("registrationNumber"),
                NameAr = cells.Text("nameAr"),
                NameFr = cells.Text("nameFr"),
                LegalForm = cells.Text("legalForm"),
                Sectors = cells.List("sectors"),
                Activities = cells.Text("activities"),
                Products = cells.List("products"),
                RegionCode = cells.Text("regionCode"),
                ProvinceCode = cells.Text("provinceCode"),
                Commune = cells.Text("commune"),
                Address = cells.Text("address"),
                FoundedOn = cells.Date("foundedOn"),
                Members = new CooperativeMembers(cells.Int("membersTotal") ?? 0, cells.Int("membersWomen") ?? 0, cells.Int("membersYouth") ?? 0),
                WomenLed = cells.Bool("womenLed"),
                Board = new CooperativeBoard(cells.Int("boardSize"), cells.Text("managerRole")),
                Needs = cells.Enums<CapacityNeed>("needs", "cooperatives.import.unknown_need"),
                Certifications = cells.Json<List<CooperativeCertification>>("certifications"),
                Contact = new CooperativeContact(cells.Text("contactPhone"), cells.Text("contactEmail"), cells.Text("contactWebsite"), cells.Text("contactLanguage")),
                Status = cells.Status("status"),
                ContactConsent = cells.Bool("contactConsent"),
            }));
        }
        if (rows.Count == 0 && errors.Count == 0)
        {
            errors.Add(CsvRowError.Of(1, "file", "cooperatives.import.no_rows"));
        }
        return (rows, errors);
    }

    public static Encoding Utf8WithBom => CsvTable.Utf8WithBom;

    private sealed class RowReader(string[] record, Dictionary<string, int> index, int row, List<CsvRowError> errors)
    {
        public string? Text(string column)
        {
            if (!index.TryGetValue(column, out var i) || i >= record.Length) return null;
            var value = CsvTable.ReadText(record[i].Trim());
            return value.Length == 0 ? null : value;
        }

        public IReadOnlyList<string>? List(string column)
            => Text(column)?.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();

        public int? Int(string column)
        {
            var text = Text(column);
            if (text is null) return null;
            if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)) return value;
            errors.Add(CsvRowError.Of(row, column, "cooperatives.import.not_a_whole_number", ("value", Clip(text))));
            return null;
        }

        public DateOnly? Date(string column)
        {
            var text = Text(column);
            if (text is null) return null;
            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var value)) return value;
            errors.Add(CsvRowError.Of(row, column, "cooperatives.import.not_a_date", ("value", Clip(text))));
            return null;
        }

        public bool? Bool(string column)
        {
            var text = Text(column)?.ToLowerInvariant();
            switch (text)
            {
                case null: return null;
                case "true" or "1" or "yes" or "oui" or "نعم": return true;
                case "false" or "0" or "no" or "non" or "لا": return false;
                default:
                    errors.Add(CsvRowError.Of(row, column, "cooperatives.import.not_yes_or_no", ("value", Clip(text))));
                    return null;
            }
        }

        /// <summary>A list of names of <typeparamref name="T"/>; an unknown one is reported with <paramref name="unknownCode"/>.</summary>
        public IReadOnlyList<T>? Enums<T>(string column, string unknownCode) where T : struct, Enum
        {
            var items = List(column);
            if (items is null) return null;
            var parsed = new List<T>();
            foreach (var item in items)
            {
                var name = Enum.GetNames<T>().FirstOrDefault(n => string.Equals(n, item, StringComparison.OrdinalIgnoreCase));
                if (name is not null) parsed.Add(Enum.Parse<T>(name));
                else errors.Add(CsvRowError.Of(row, column, unknownCode, ("value", Clip(item))));
            }
            return parsed;
        }

        public T? Json<T>(string column) where T : class, new()
        {
            var text = Text(column);
            if (text is null) return null;
            try
            {
                return CooperativeJson.Read<T>(text);
            }
            catch (System.Text.Json.JsonException)
            {
                errors.Add(CsvRowError.Of(row, column, "cooperatives.import.certifications_unreadable"));
                return null;
            }
        }

        public CooperativeStatus? Status(string column)
        {
            var text = Text(column);
            if (text is null) return null;
            if (CooperativeStatuses.TryParse(text, out var status)) return status;
            errors.Add(CsvRowError.Of(row, column, "cooperatives.import.unknown_status", ("value", Clip(text))));
            return null;
        }

        private static string Clip(string text) => text.Length <= 40 ? text : text[..40] + "…";
    }
}
