using CoopHub.Shared.Localization;
using System.Text;
using CoopHub.Shared.Data;
using CoopHub.Shared.Reference;
using CoopHub.Shared.Text;
using Dapper;
using CoopHub.Shared.Pipeline;
using FluentValidation;

namespace CoopHub.Cooperatives.Model;

/// <summary>The directory's filters, shared by the list, the export and the statistics.</summary>
internal abstract record CooperativeFilter
{
    /// <summary>Search in registration number, Arabic and French names, activities and products (Arabic- and accent-insensitive).</summary>
    public string? Q { get; init; }

    /// <summary>Region code, MA-01 to MA-12.</summary>
    public string? Region { get; init; }

    /// <summary>Province or prefecture code, e.g. MA-OUJ.</summary>
    public string? Province { get; init; }

    /// <summary>Sector code.</summary>
    public string? Sector { get; init; }

    /// <summary>active, dormant, inLiquidation or dissolved.</summary>
    public string? Status { get; init; }

    public bool? WomenLed { get; init; }

    public DateOnly? FoundedFrom { get; init; }

    public DateOnly? FoundedTo { get; init; }

    private const string FullTextClause = "c.seq IN (SELECT rowid FROM coop_cooperatives_fts WHERE coop_cooperatives_fts MATCH @Fts)";

    /// <summary>The WHERE clause of a search with no other filter (the list counts it from the index).</summary>
    public const string FullTextOnlyWhere = "WHERE " + FullTextClause;

    /// <summary>
    /// Words every cooperative's name contains ("cooperative" in Arabic and French) narrow nothing
    /// and would rank the whole registry, so they are dropped from a search (ADR 0005).
    /// </summary>
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "تعاونيه", "التعاونيه", "تعاونيات", "التعاونيات", "cooperative", "cooperatives", "coop", "cooperativa",
    };

    /// <summary>The folded words of a search, without stop words, at most eight.</summary>
    public static IReadOnlyList<string> SearchTerms(string? q)
        => SearchText.Normalize(q).Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(t => !StopWords.Contains(t)).Distinct().Take(8).ToList();

    /// <summary>WHERE clause (empty or starting with WHERE) over alias <c>c</c>, and its parameters. No value is ever spliced into the SQL.</summary>
    public (string Where, DynamicParameters Parameters, IReadOnlyList<string> Terms) ToSql(ISqlDialect dialect)
    {
        var clauses = new List<string>();
        var parameters = new DynamicParameters();
        if (Region is not null)
        {
            clauses.Add("c.region_code = @Region");
            parameters.Add("Region", Region);
        }
        if (Province is not null)
        {
            clauses.Add("c.province_code = @Province");
            parameters.Add("Province", Province);
        }
        if (Sector is not null)
        {
            clauses.Add("EXISTS (SELECT 1 FROM coop_cooperative_sectors s WHERE s.cooperative_id = c.id AND s.sector_code = @Sector)");
            parameters.Add("Sector", Sector);
        }
        if (Status is not null && CooperativeStatuses.TryParse(Status, out var status))
        {
            clauses.Add("c.status = @Status");
            parameters.Add("Status", status.ToApi());
        }
        if (WomenLed is not null)
        {
            clauses.Add("c.women_led = @WomenLed");
            parameters.Add("WomenLed", WomenLed.Value);
        }
        if (FoundedFrom is not null)
        {
            clauses.Add("c.founded_on >= @FoundedFrom");
            parameters.Add("FoundedFrom", FoundedFrom.Value);
        }
        if (FoundedTo is not null)
        {
            clauses.Add("c.founded_on <= @FoundedTo");
            parameters.Add("FoundedTo", FoundedTo.Value);
        }
        var terms = SearchTerms(Q);
        var indexed = dialect.Provider == DatabaseProvider.Sqlite ? terms.Where(t => t.Length >= 3).ToList() : [];
        if (indexed.Count > 0)
        {
            // SQLite's trigram index finds the same rows as LIKE '%term%' for terms of 3+ characters.
            clauses.Add(FullTextClause);
            parameters.Add("Fts", string.Join(' ', indexed.Select(t => "\"" + t.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"")));
        }
        var scanned = terms.Except(indexed).ToList();
        for (var i = 0; i < scanned.Count; i++)
        {
            clauses.Add(dialect.MatchesNormalized("c.search_text", "@Term" + i));
            parameters.Add("Term" + i, SearchText.ContainsPattern(scanned[i]));
        }
        var where = new StringBuilder();
        if (clauses.Count > 0) where.Append("WHERE ").AppendJoin(" AND ", clauses);
        return (where.ToString(), parameters, terms);
    }
}

internal abstract class CooperativeFilterValidator<T> : AbstractValidator<T>
    where T : CooperativeFilter
{
    protected CooperativeFilterValidator(ReferenceData reference)
    {
        RuleFor(x => x.Q).SearchText();
        RuleFor(x => x.Region).KnownRegion(reference);
        RuleFor(x => x.Province).KnownProvince(reference);
        RuleFor(x => x.Sector).KnownSector(reference);
        RuleFor(x => x.Status).Must(s => s is null || CooperativeStatuses.TryParse(s, out _)).WithText("cooperatives.filter.unknown_status");
        RuleFor(x => x.FoundedTo)
            .Must((x, to) => to is null || x.FoundedFrom is null || to >= x.FoundedFrom).WithText("cooperatives.filter.founded_to_before_from");
    }
}
