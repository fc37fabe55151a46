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
    /// <summary>
    /// Search in registration number, Arabic and French names, activities and products: Arabic- and accent-insensitive,
    /// Arabic words matched by their stem (article, proclitics and common suffixes off), other words by their beginning.
    /// </summary>
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
    /// and would rank the whole registry, so they are dropped from a search (ADR 0005). Analysed forms:
    /// "تعاون" is the stem of تعاونية, التعاونية, تعاونيات.
    /// </summary>
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "تعاون", "cooperative", "cooperatives", "coop", "cooperativa",
    };

    /// <summary>The analysed terms of a search (<see cref="SearchAnalyzer.Terms"/>), without stop words, at most eight.</summary>
    public static IReadOnlyList<SearchTerm> SearchTerms(string? q) => SearchAnalyzer.Terms(q, StopWords);

    /// <summary>WHERE clause (empty or starting with WHERE) over alias <c>c</c>, and its parameters. No value is ever spliced into the SQL.</summary>
    public (string Where, DynamicParameters Parameters, IReadOnlyList<SearchTerm> Terms) ToSql(ISqlDialect dialect)
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
        if (terms.Count > 0 && dialect.Provider == DatabaseProvider.Sqlite)
        {
            // SQLite's token index over the same key finds the same rows as the LIKE patterns below.
            clauses.Add(FullTextClause);
            parameters.Add("Fts", SearchClauses.FullTextQuery(terms));
        }
        else
        {
            SearchClauses.AddTerms(clauses, parameters, dialect, "c.search_text", terms);
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
