using CoopHub.Shared.Data;
using CoopHub.Shared.Reference;

namespace CoopHub.Cooperatives.Model;

/// <summary>The SQL every slice that reads or writes a whole cooperative shares.</summary>
internal static class CooperativeStore
{
    public const string SelectColumns = """
        c.id AS Id, c.registration_number AS RegistrationNumber, c.name_ar AS NameAr, c.name_fr AS NameFr,
        c.legal_form AS LegalForm, c.sectors AS Sectors, c.activities AS Activities, c.products AS Products,
        c.region_code AS RegionCode, c.province_code AS ProvinceCode, c.commune AS Commune, c.address AS Address,
        c.founded_on AS FoundedOn, c.members_total AS MembersTotal, c.members_women AS MembersWomen,
        c.members_youth AS MembersYouth, c.women_led AS WomenLed, c.board_size AS BoardSize,
        c.manager_role AS ManagerRole, c.certifications AS Certifications, c.needs AS Needs,
        c.contact_phone AS ContactPhone, c.contact_email AS ContactEmail, c.contact_website AS ContactWebsite, c.contact_language AS ContactLanguage,
        c.status AS Status, c.version AS Version, c.created_at AS CreatedAt, c.updated_at AS UpdatedAt
        """;

    private const string SelectById = $"SELECT {SelectColumns} FROM coop_cooperatives c WHERE c.id = @Id";

    public const string Insert = """
        INSERT INTO coop_cooperatives (
            id, registration_number, name_ar, name_fr, legal_form, sectors, activities, products,
            region_code, province_code, commune, address, founded_on, members_total, members_women,
            members_youth, women_led, board_size, manager_role, certifications, needs,
            contact_phone, contact_email, contact_website, contact_language, status, version, created_at, updated_at,
            search_text, registration_key, name_ar_key, name_fr_key, name_sort)
        VALUES (
            @Id, @RegistrationNumber, @NameAr, @NameFr, @LegalForm, @Sectors, @Activities, @Products,
            @RegionCode, @ProvinceCode, @Commune, @Address, @FoundedOn, @MembersTotal, @MembersWomen,
            @MembersYouth, @WomenLed, @BoardSize, @ManagerRole, @Certifications, @Needs,
            @ContactPhone, @ContactEmail, @ContactWebsite, @ContactLanguage, @Status, @Version, @CreatedAt, @UpdatedAt,
            @SearchText, @RegistrationKey, @NameArKey, @NameFrKey, @NameSort)
        """;

    public const string InsertSector = """
        INSERT INTO coop_cooperative_sectors (cooperative_id, sector_code) VALUES (@CooperativeId, @SectorCode)
        """;

    public const string InsertStatusChange = """
        INSERT INTO coop_status_changes (id, cooperative_id, sequence, from_status, to_status, effective_on, reason, reason_code, reason_args, recorded_at)
        VALUES (@Id, @CooperativeId, @Sequence, @FromStatus, @ToStatus, @EffectiveOn, @Reason, @ReasonCode, @ReasonArgs, @RecordedAt)
        """;

    public static Task<CooperativeRow?> FindAsync(DbSession db, Guid id, CancellationToken ct)
        => db.QuerySingleOrDefaultAsync<CooperativeRow>(SelectById, new { Id = id }, ct);

    /// <summary>Registration numbers are unique ignoring case and accents ("cx-10" is "CX-10"), on both engines.</summary>
    public static async Task<bool> RegistrationNumberTakenAsync(DbSession db, string registrationNumber, Guid? exceptId, CancellationToken ct)
        => await db.ExecuteScalarAsync<int>(
            "SELECT COUNT(*) FROM coop_cooperatives WHERE registration_key = @Key AND (@ExceptId IS NULL OR id <> @ExceptId)",
            new { Key = RegistrationKey(registrationNumber), ExceptId = exceptId }, ct) > 0;

    /// <summary>
    /// The stored search key (ADR 0021): registration number, names, activities, products, and the names of the
    /// sectors in the three languages, so that typing a sector's label as the screen shows it finds its cooperatives.
    /// </summary>
    public static string SearchKey(string registration, string? nameAr, string? nameFr, string? activities, IEnumerable<string> products, IEnumerable<string> sectors)
        => CoopHub.Shared.Text.SearchAnalyzer.Key(new[] { registration, nameAr, nameFr, activities }.Concat(products)
            .Concat(sectors.Select(Reference.FindSector).OfType<Sector>().SelectMany(s => new[] { s.NameAr, s.NameFr, s.NameEn })));

    /// <summary>The shipped reference data (the same files as the <see cref="ReferenceData"/> service), for sector names.</summary>
    private static readonly ReferenceData Reference = new();

    public static string RegistrationKey(string registrationNumber) => CoopHub.Shared.Text.SearchText.Normalize(registrationNumber.Trim());

    public static async Task InsertAsync(DbSession db, CooperativeRow row, CancellationToken ct)
    {
        var before = await LastSeqAsync(db, ct);
        await db.ExecuteAsync(Insert, row, ct);
        await IndexNewRowsAsync(db, before, ct);
        await db.ExecuteAsync(InsertSector, SectorRows(row), ct);
        await db.ExecuteAsync(InsertStatusChange, new StatusChangeRow(Guid.NewGuid(), row.Id, 1, null, row.Status, row.FoundedOn ?? DateOnly.FromDateTime(row.CreatedAt.UtcDateTime), null, row.CreatedAt, StatusReason.Registered), ct);
    }

    /// <summary>The highest row number before an insert (SQLite only; see <see cref="IndexNewRowsAsync"/>).</summary>
    public static Task<long> LastSeqAsync(DbSession db, CancellationToken ct)
        => db.Dialect.Provider == DatabaseProvider.Sqlite
            ? db.ExecuteScalarAsync<long>("SELECT COALESCE(MAX(seq), 0) FROM coop_cooperatives", null, ct)
            : Task.FromResult(0L);

    /// <summary>
    /// Adds rows inserted after <paramref name="afterSeq"/> to SQLite's trigram search index, in one
    /// statement. Writers hold the write lock (BEGIN IMMEDIATE), so no other insert interleaves.
    /// SQL Server searches the column itself and has no such index.
    /// </summary>
    public static async Task IndexNewRowsAsync(DbSession db, long afterSeq, CancellationToken ct)
    {
        if (db.Dialect.Provider != DatabaseProvider.Sqlite) return;
        await db.ExecuteAsync(
            "INSERT INTO coop_cooperatives_fts (rowid, search_text) SELECT c.seq, c.search_text FROM coop_cooperatives c WHERE c.seq > @AfterSeq",
            new { AfterSeq = afterSeq }, ct);
    }

    public static async Task ReplaceSectorsAsync(DbSession db, CooperativeRow row, CancellationToken ct)
    {
        await db.ExecuteAsync("DELETE FROM coop_cooperative_sectors WHERE cooperative_id = @Id", new { row.Id }, ct);
        await db.ExecuteAsync(InsertSector, SectorRows(row), ct);
    }

    public static IEnumerable<object> SectorRows(CooperativeRow row)
        => CooperativeJson.Read<List<string>>(row.Sectors).Select(code => new { CooperativeId = row.Id, SectorCode = code });

}

/// <summary>A status history entry: <paramref name="Reason"/> as a person typed it, or the system's <paramref name="ReasonCode"/> (<see cref="StatusReason"/>).</summary>
internal sealed record StatusChangeRow(Guid Id, Guid CooperativeId, int Sequence, string? FromStatus, string ToStatus, DateOnly EffectiveOn, string? Reason,
    DateTimeOffset RecordedAt, string? ReasonCode = null, string? ReasonArgs = null);
