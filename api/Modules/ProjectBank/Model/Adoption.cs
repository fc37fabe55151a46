namespace CoopHub.ProjectBank.Model;

/// <summary>A cooperative taking up a published idea: what AdoptIdea records and ListIdeaAdoptions lists.</summary>
internal sealed record Adoption(Guid Id, Guid CooperativeId, string? CooperativeNameAr, string? CooperativeNameFr, string RegionCode, DateOnly AdoptedOn);
