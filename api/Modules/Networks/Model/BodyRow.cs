namespace CoopHub.Networks.Model;

/// <summary>A row of <c>net_bodies</c>; its mandates are read separately and joined in memory.</summary>
internal sealed class BodyRow
{
    public Guid Id { get; set; }
    public string Kind { get; set; } = "";
    public string? NameAr { get; set; }
    public string? NameFr { get; set; }
    public string? Purpose { get; set; }
}
