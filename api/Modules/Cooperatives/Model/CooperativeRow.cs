namespace CoopHub.Cooperatives.Model;

/// <summary>A row of coop_cooperatives; property names equal the SQL column aliases.</summary>
internal sealed class CooperativeRow
{
    public Guid Id { get; set; }
    public string RegistrationNumber { get; set; } = "";
    public string? NameAr { get; set; }
    public string? NameFr { get; set; }
    public string LegalForm { get; set; } = "";
    public string Sectors { get; set; } = "[]";
    public string? Activities { get; set; }
    public string Products { get; set; } = "[]";
    public string RegionCode { get; set; } = "";
    public string ProvinceCode { get; set; } = "";
    public string? Commune { get; set; }
    public string? Address { get; set; }
    public DateOnly? FoundedOn { get; set; }
    public int MembersTotal { get; set; }
    public int MembersWomen { get; set; }
    public int MembersYouth { get; set; }
    public bool WomenLed { get; set; }
    public int? BoardSize { get; set; }
    public string? ManagerRole { get; set; }
    public string Certifications { get; set; } = "[]";
    public string Needs { get; set; } = "[]";
    public string? ContactPhone { get; set; }
    public string? ContactEmail { get; set; }
    public string? ContactWebsite { get; set; }
    public string? ContactLanguage { get; set; }
    public string Status { get; set; } = "active";
    public int Version { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    // Maintained on write so search and sorting compare plain folded text on both engines.
    public string SearchText { get; set; } = "";
    public string RegistrationKey { get; set; } = "";
    public string NameArKey { get; set; } = "";
    public string NameFrKey { get; set; } = "";
    public string NameSort { get; set; } = "";
}
