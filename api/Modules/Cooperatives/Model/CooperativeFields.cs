namespace CoopHub.Cooperatives.Model;

/// <summary>
/// The fields a client writes, shared by register, update and each import row. Everything is
/// nullable so a missing field is reported by the validator on its own name, not as unreadable JSON.
/// </summary>
internal abstract record CooperativeFields
{
    public string? RegistrationNumber { get; init; }

    public string? NameAr { get; init; }

    public string? NameFr { get; init; }

    /// <summary>Defaults to <c>cooperative</c>.</summary>
    public string? LegalForm { get; init; }

    public IReadOnlyList<string>? Sectors { get; init; }

    public string? Activities { get; init; }

    public IReadOnlyList<string>? Products { get; init; }

    public string? RegionCode { get; init; }

    public string? ProvinceCode { get; init; }

    public string? Commune { get; init; }

    public string? Address { get; init; }

    public DateOnly? FoundedOn { get; init; }

    public CooperativeMembers? Members { get; init; }

    public bool? WomenLed { get; init; }

    public CooperativeBoard? Board { get; init; }

    public IReadOnlyList<CooperativeCertification>? Certifications { get; init; }

    public IReadOnlyList<CapacityNeed>? Needs { get; init; }

    public CooperativeContact? Contact { get; init; }
}
