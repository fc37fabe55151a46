using CoopHub.Networks.Bodies;
using CoopHub.Networks.Members;
using CoopHub.Networks.Model;
using CoopHub.Networks.Registry;
using CoopHub.Networks.Organisations;
using CoopHub.Networks.Projects;
using CoopHub.Shared;
using CoopHub.Shared.Data;
using CoopHub.Shared.Results;
using Mediator;

namespace CoopHub.Networks.DemoData;

/// <summary>
/// The partners named in the five field reports, the Al Hoceima SSE network founded on
/// 7 November 2025 with its bodies, and the provincial sectoral union article 002 plans.
/// Written through the module's own commands, so demo rows pass the same rules. No person is named.
/// </summary>
internal sealed class NetworksDemoSeeder(DbSession db, ISender sender) : IDemoDataSeeder
{
    public async Task<bool> HasDataAsync(CancellationToken cancellationToken)
        => await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM net_organisations", null, cancellationToken) > 0;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        async Task<Guid> Org(OrganisationKind kind, string ar, string fr, string? en, string? acronym, string? region, string? province, string? website = null)
            => Ok(await sender.Send(new CreateOrganisationCommand
            {
                Kind = kind, NameAr = ar, NameFr = fr, NameEn = en, Acronym = acronym, RegionCode = region, ProvinceCode = province,
                Contact = website is null ? null : new OrganisationContact(null, null, website), Force = true,
            }, cancellationToken)).Id;

        await Org(OrganisationKind.PublicBody, "وكالة تنمية جهة الشرق", "Agence de l'Oriental", "Oriental Development Agency", null, "MA-02", "MA-OUJ");
        await Org(OrganisationKind.PublicBody, "المندوبية الجهوية لمكتب تنمية التعاون بجهة الشرق", "Délégation régionale de l'ODCO – Oriental", "ODCO regional delegation – Oriental", "ODCO", "MA-02", "MA-OUJ");
        await Org(OrganisationKind.PublicBody, "المندوبية الجهوية لمكتب تنمية التعاون بجهة الدار البيضاء سطات", "Délégation régionale de l'ODCO – Casablanca-Settat", "ODCO regional delegation – Casablanca-Settat", "ODCO", "MA-06", "MA-CAS");
        await Org(OrganisationKind.PublicBody, "مجلس جهة الشرق", "Conseil de la Région de l'Oriental", "Oriental Regional Council", null, "MA-02", "MA-OUJ");
        await Org(OrganisationKind.PublicBody, "غرفة التجارة والصناعة والخدمات لجهة الشرق", "Chambre de Commerce, d'Industrie et de Services de l'Oriental", "Oriental Chamber of Commerce, Industry and Services", "CCIS", "MA-02", "MA-OUJ");
        await Org(OrganisationKind.PublicBody, "اللجنة الجهوية للتنمية البشرية – الدار البيضاء سطات", "Comité régional de l'INDH – Casablanca-Settat", "INDH regional committee – Casablanca-Settat", "INDH", "MA-06", "MA-CAS");
        await Org(OrganisationKind.Donor, "برنامج الأمم المتحدة الإنمائي", "Programme des Nations Unies pour le développement", "United Nations Development Programme", "PNUD", null, null);
        await Org(OrganisationKind.Donor, "الوكالة الإسبانية للتعاون الدولي من أجل التنمية", "Agence espagnole de coopération internationale pour le développement", "Spanish Agency for International Development Cooperation", "AECID", null, null);
        await Org(OrganisationKind.Donor, "مؤسسة محمد الخامس للتضامن", "Fondation Mohammed V pour la Solidarité", "Mohammed V Foundation for Solidarity", null, null, null);
        var esMaroc = await Org(OrganisationKind.Association, "جمعية الاقتصاد الاجتماعي والتضامني بالمغرب", "ES.Maroc.Org", "ES.Maroc.Org", null, "MA-01", "MA-HOC");
        var sseNetwork = await Org(OrganisationKind.Association, "الشبكة المغربية للاقتصاد الاجتماعي والتضامني", "Réseau marocain de l'économie sociale et solidaire", "Moroccan Social and Solidarity Economy Network", "REMESS", null, null);
        await Org(OrganisationKind.Hub, "دار التعاونية بيت الكرامة", "Maison de la coopérative Bayt Al Karama", "Bayt Al Karama cooperative house", null, "MA-02", "MA-OUJ");
        var tourism = await Org(OrganisationKind.Association, "جمعية السياحة البديلة بالحسيمة", "Association du tourisme alternatif d'Al Hoceïma", null, null, "MA-01", "MA-HOC");
        var heritage = await Org(OrganisationKind.Association, "جمعية صون التراث بالحسيمة", "Association de sauvegarde du patrimoine d'Al Hoceïma", null, null, "MA-01", "MA-HOC");

        var network = Ok(await sender.Send(new CreateNetworkCommand
        {
            Kind = NetworkKind.Network,
            NameAr = "شبكة منظمات وهيئات الاقتصاد الاجتماعي والتضامني بالحسيمة",
            NameFr = "Réseau des organisations de l'économie sociale et solidaire d'Al Hoceïma",
            NameEn = "Al Hoceima network of social and solidarity economy organisations",
            Scope = NetworkScope.Provincial, RegionCode = "MA-01", ProvinceCode = "MA-HOC",
            Sectors = ["eco_tourism", "traditional_fishing", "handicraft", "solidarity_trade", "heritage"],
            FoundedOn = new DateOnly(2025, 11, 7),
            FoundingAssembly = new FoundingAssembly(new DateOnly(2025, 11, 7), "الحسيمة – Al Hoceïma"),
        }, cancellationToken)).Id;

        var joined = new DateOnly(2025, 11, 7);
        var members = new List<Guid>();
        foreach (var organisation in new[] { tourism, heritage, esMaroc, sseNetwork })
        {
            members.Add(Ok(await sender.Send(new AddNetworkMemberCommand { NetworkId = network, MemberType = MemberType.Organisation, MemberId = organisation, JoinedOn = joined }, cancellationToken)).Id);
        }

        var bureau = Ok(await sender.Send(new CreateNetworkBodyCommand
        {
            NetworkId = network, Kind = BodyKind.ExecutiveBureau, NameAr = "المكتب التنفيذي", NameFr = "Bureau exécutif",
            Purpose = "Conduire la prochaine étape du réseau et activer ses programmes de terrain.",
        }, cancellationToken)).Id;
        var launch = Ok(await sender.Send(new CreateNetworkBodyCommand
        {
            NetworkId = network, Kind = BodyKind.WorkingBody, NameAr = "هيئة القيادة والانطلاقة التضامنية", NameFr = "Instance de leadership et de lancement solidaire",
            Purpose = "Coordination, incubation et mise en œuvre de la feuille de route technique.",
        }, cancellationToken)).Id;
        var monitoring = Ok(await sender.Send(new CreateNetworkBodyCommand
        {
            NetworkId = network, Kind = BodyKind.WorkingBody, NameAr = "هيئة المواكبة والدعم", NameFr = "Instance d'accompagnement et de suivi",
            Purpose = "Suivre les projets, évaluer leur impact social et économique et assurer leur durabilité.",
        }, cancellationToken)).Id;

        var termEnd = new DateOnly(2028, 11, 6);
        Ok(await sender.Send(new AppointMandateCommand { NetworkId = network, BodyId = bureau, MembershipId = members[0], Role = MandateRole.President, TermStart = joined, TermEnd = termEnd }, cancellationToken));
        Ok(await sender.Send(new AppointMandateCommand { NetworkId = network, BodyId = bureau, MembershipId = members[1], Role = MandateRole.SecretaryGeneral, TermStart = joined, TermEnd = termEnd }, cancellationToken));
        Ok(await sender.Send(new AppointMandateCommand { NetworkId = network, BodyId = bureau, MembershipId = members[2], Role = MandateRole.Treasurer, TermStart = joined, TermEnd = termEnd }, cancellationToken));
        Ok(await sender.Send(new AppointMandateCommand { NetworkId = network, BodyId = launch, MembershipId = members[3], Role = MandateRole.Coordinator, TermStart = joined, TermEnd = new DateOnly(2026, 12, 31) }, cancellationToken));
        Ok(await sender.Send(new AppointMandateCommand { NetworkId = network, BodyId = monitoring, MembershipId = members[1], Role = MandateRole.Coordinator, TermStart = joined, TermEnd = termEnd }, cancellationToken));

        // The support-and-monitoring body follows projects and assesses their impact over time.
        var project = Ok(await sender.Send(new CreateNetworkProjectCommand
        {
            NetworkId = network, Title = "Circuit de tourisme alternatif et patrimoine du littoral d'Al Hoceïma",
            Description = "Itinéraires d'écotourisme avec des hébergements solidaires et des visites des sites du patrimoine.",
            Sector = "eco_tourism", Memberships = [members[0], members[1]], StartedOn = new DateOnly(2025, 12, 1), Status = ProjectStatus.Ongoing,
        }, cancellationToken)).Id;
        var fishing = Ok(await sender.Send(new CreateNetworkProjectCommand
        {
            NetworkId = network, Title = "Valorisation de la pêche artisanale", Sector = "traditional_fishing",
            Memberships = [members[2]], StartedOn = new DateOnly(2026, 1, 15), Status = ProjectStatus.Ongoing,
        }, cancellationToken)).Id;
        foreach (var (on, jobs, women, youth, revenue, investment, target) in new[]
        {
            (new DateOnly(2026, 1, 31), 4, 2, 3, 18_000m, 120_000m, project),
            (new DateOnly(2026, 4, 30), 7, 4, 5, 46_500m, 135_000m, project),
            (new DateOnly(2026, 7, 31), 11, 6, 7, 92_000m, 150_000m, project),
            (new DateOnly(2026, 4, 30), 3, 1, 2, 21_000m, 60_000m, fishing),
            (new DateOnly(2026, 7, 31), 5, 2, 3, 38_000m, 60_000m, fishing),
        })
        {
            Ok(await sender.Send(new RecordImpactAssessmentCommand
            {
                NetworkId = network, ProjectId = target, AssessedOn = on, Jobs = jobs, WomenInvolved = women, YouthInvolved = youth,
                Revenue = revenue, Investment = investment,
                Environmental = [new EnvironmentalIndicator("Déchets plastiques collectés", jobs * 35m, "kg")],
                Note = "Instance d'accompagnement et de suivi",
            }, cancellationToken));
        }

        Ok(await sender.Send(new CreateNetworkCommand
        {
            Kind = NetworkKind.SectoralUnion,
            NameAr = "الاتحاد الإقليمي لتعاونيات الصناعة التقليدية بالحسيمة",
            NameFr = "Union provinciale des coopératives d'artisanat d'Al Hoceïma",
            Scope = NetworkScope.Provincial, RegionCode = "MA-01", ProvinceCode = "MA-HOC", Sectors = ["handicraft"],
            Status = NetworkStatus.Active,
        }, cancellationToken));
    }

    private static T Ok<T>(Result<T> result)
        => result.IsFailure ? throw new InvalidOperationException("Networks demo data was refused: " + result.Error!.Message) : result.Value;
}
