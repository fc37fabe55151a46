namespace CoopHub.Cooperatives.Model;

/// <summary>The capacity-building needs the field reports name (legal framing to certification).</summary>
internal enum CapacityNeed
{
    Legal,
    Governance,
    Financing,
    Production,
    Marketing,
    Certification,
    Digital,
    Management,
}
