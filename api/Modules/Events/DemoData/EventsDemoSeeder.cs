using CoopHub.Contracts.Cooperatives;
using CoopHub.Contracts.Networks;
using CoopHub.Contracts.Programs;
using CoopHub.Events.Catalogue;
using CoopHub.Events.Model;
using CoopHub.Events.Registrations;
using CoopHub.Shared;
using CoopHub.Shared.Data;
using CoopHub.Shared.Time;
using Mediator;

namespace CoopHub.Events.DemoData;

/// <summary>
/// The five field reports' events — the Bayt Al Karama opening (Oujda, 8 January 2026, Taghyir),
/// the DELIO regional meeting at the CCIS Oujda (23 September 2025, 11:00, 80+ cooperatives), the
/// FLOWER entrepreneurship workshop in Al Hoceima province (the report says "last week" without a
/// date: 20 November 2025 is assumed), the constituent general assembly of the Al Hoceima SSE
/// network (7 November 2025) and the Casablanca-Settat innovation meeting with its ideathon
/// (8 April 2025) — plus three upcoming events with seats, dated from the day the demo data is
/// loaded, one nearly full. Written through the module's commands.
/// </summary>
internal sealed class EventsDemoSeeder(DbSession db, ISender sender, TimeProvider clock) : IDemoDataSeeder
{
    public async Task<bool> HasDataAsync(CancellationToken cancellationToken)
        => await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM evt_events", null, cancellationToken) > 0;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        async Task<Guid?> Org(string name) => (await sender.Send(new FindOrganisations(name), cancellationToken)) is { Count: > 0 } found ? found[0].Id : null;
        async Task<List<Guid>> Orgs(params string[] names)
        {
            var ids = new List<Guid>();
            foreach (var name in names) if (await Org(name) is { } id) ids.Add(id);
            return ids;
        }
        async Task<Guid?> Program(string code) => (await sender.Send(new FindProgramByCode(code), cancellationToken))?.Id;

        await CreateAsync(new CreateEventCommand
        {
            Kind = EventKind.Inauguration,
            TitleAr = "افتتاح دار التعاونية «بيت الكرامة» بوجدة",
            TitleFr = "Inauguration de la maison de la coopérative « Bayt Al Karama » à Oujda",
            TitleEn = "Opening of the Bayt Al Karama cooperative house in Oujda",
            DescriptionFr = "Ouverture d'un espace d'accompagnement, de formation et de mise en réseau des coopératives, dans le cadre du programme Taghyir pour l'égalité, financé par la coopération espagnole.",
            DescriptionAr = "افتتاح فضاء لمواكبة التعاونيات وتكوينها وتشبيكها، في إطار برنامج تغيير من أجل المساواة، بتمويل من الوكالة الإسبانية للتعاون الدولي.",
            StartsAt = new DateTime(2026, 1, 8, 10, 0, 0), EndsAt = new DateTime(2026, 1, 8, 13, 0, 0),
            Venue = new VenueInput(await Org("Conseil de la Région de l'Oriental"), "Oujda"), RegionCode = "MA-02", ProvinceCode = "MA-OUJ",
            Organisers = await Orgs("Bayt Al Karama"), Partners = await Orgs("AECID", "REMESS", "ODCO Oriental"), ProgramId = await Program("TAGHYIR"),
            Agenda = [new AgendaItem("10:00", "كلمات افتتاحية", "Allocutions d'ouverture", "Opening addresses"), new AgendaItem("11:00", "زيارة الفضاء", "Visite de la maison", "Visit of the house")],
            Status = EventStatus.Completed,
        }, walkIns: 80, cancellationToken);
        await CreateAsync(new CreateEventCommand
        {
            Kind = EventKind.InformationSession,
            TitleAr = "لقاء جهوي حول برنامج التنمية المحلية المندمجة DELIO",
            TitleFr = "Rencontre régionale sur le programme DELIO",
            TitleEn = "Regional meeting on the DELIO programme",
            DescriptionFr = "Présentation de l'appel à manifestation d'intérêt : trois catégories (agriculture et agroalimentaire, artisanat, écotourisme), deux axes d'appui, dépôt des dossiers jusqu'au 30 septembre 2025.",
            DescriptionAr = "تقديم طلب إبداء الاهتمام: ثلاث فئات (الفلاحة والصناعة الغذائية، الصناعة التقليدية، السياحة البيئية)، ومحوران للدعم، وإيداع الملفات قبل 30 شتنبر 2025.",
            StartsAt = new DateTime(2025, 9, 23, 11, 0, 0), EndsAt = new DateTime(2025, 9, 23, 13, 30, 0),
            Venue = new VenueInput(await Org("CCIS"), "Oujda"), RegionCode = "MA-02", ProvinceCode = "MA-OUJ",
            Organisers = await Orgs("Agence de l'Oriental", "ODCO Oriental"), Partners = await Orgs("PNUD"), ProgramId = await Program("DELIO"),
            Agenda = [new AgendaItem("11:00", "تقديم البرنامج", "Présentation du programme", "Programme presentation"), new AgendaItem("12:00", "شروط الترشيح", "Conditions de candidature", "How to apply")],
            Status = EventStatus.Completed,
        }, walkIns: 80, cancellationToken);
        await CreateAsync(new CreateEventCommand
        {
            Kind = EventKind.Workshop,
            TitleAr = "لقاء حول ريادة الأعمال لفائدة تعاونيات إقليم الحسيمة",
            TitleFr = "Atelier d'entrepreneuriat pour les coopératives de la province d'Al Hoceïma",
            TitleEn = "Entrepreneurship workshop for cooperatives of Al Hoceima province",
            DescriptionFr = "Structuration coopérative et renforcement des capacités, avec le projet FLOWER.",
            StartsAt = new DateTime(2025, 11, 20, 10, 0, 0), EndsAt = new DateTime(2025, 11, 20, 16, 0, 0),
            Venue = new VenueInput(null, "Badès, province d'Al Hoceïma"), RegionCode = "MA-01", ProvinceCode = "MA-HOC",
            Organisers = await Orgs("ES.Maroc.Org"), ProgramId = await Program("FLOWER"), Status = EventStatus.Completed,
        }, walkIns: 0, cancellationToken);
        await CreateAsync(new CreateEventCommand
        {
            Kind = EventKind.GeneralAssembly,
            TitleAr = "الجمع العام التأسيسي لشبكة منظمات الاقتصاد الاجتماعي والتضامني بالحسيمة",
            TitleFr = "Assemblée générale constitutive du réseau ESS d'Al Hoceïma",
            TitleEn = "Constituent general assembly of the Al Hoceima SSE network",
            StartsAt = new DateTime(2025, 11, 7, 15, 0, 0), EndsAt = new DateTime(2025, 11, 7, 19, 0, 0),
            Venue = new VenueInput(null, "Al Hoceïma"), RegionCode = "MA-01", ProvinceCode = "MA-HOC",
            Organisers = await Orgs("ES.Maroc.Org"), Partners = await Orgs("tourisme alternatif", "sauvegarde du patrimoine"), Status = EventStatus.Completed,
            Agenda = [new AgendaItem("15:00", "المصادقة على القانون الأساسي", "Adoption des statuts", "Adoption of the statutes"), new AgendaItem("17:00", "انتخاب المكتب التنفيذي", "Élection du bureau exécutif", "Election of the executive bureau")],
        }, walkIns: 0, cancellationToken);
        await CreateAsync(new CreateEventCommand
        {
            Kind = EventKind.Ideathon,
            TitleAr = "اللقاء الجهوي حول الابتكار التعاوني ومسابقة الأفكار – الدار البيضاء سطات",
            TitleFr = "Rencontre régionale sur l'innovation coopérative et idéathon – Casablanca-Settat",
            TitleEn = "Regional meeting on cooperative innovation and ideathon – Casablanca-Settat",
            DescriptionFr = "Dans le cadre de la Banque des projets coopératifs : un idéathon classe les projets selon leur impact social et économique et récompense les plus innovants.",
            StartsAt = new DateTime(2025, 4, 8, 9, 30, 0), EndsAt = new DateTime(2025, 4, 8, 17, 0, 0),
            Venue = new VenueInput(null, "Casablanca"), RegionCode = "MA-06", ProvinceCode = "MA-CAS",
            Organisers = await Orgs("ODCO Casablanca-Settat"), Partners = await Orgs("Fondation Mohammed V", "INDH"), Status = EventStatus.Completed,
        }, walkIns: 0, cancellationToken);

        var today = Casablanca.ToLocal(clock.GetUtcNow()).Date;
        var training = await CreateAsync(new CreateEventCommand
        {
            Kind = EventKind.Training,
            TitleAr = "تكوين في التسويق الإلكتروني لفائدة تعاونيات جهة الشرق",
            TitleFr = "Formation e-marketing pour les coopératives de l'Oriental",
            TitleEn = "E-marketing training for Oriental cooperatives",
            DescriptionFr = "Axe « renforcement des capacités » du programme DELIO : vendre en ligne, photographier ses produits, gérer ses commandes.",
            DescriptionAr = "محور تقوية القدرات لبرنامج DELIO: البيع عبر الإنترنت، تصوير المنتوجات، تدبير الطلبيات.",
            StartsAt = today.AddDays(20).AddHours(9), EndsAt = today.AddDays(20).AddHours(16), Venue = new VenueInput(await Org("Bayt Al Karama"), "Oujda"),
            RegionCode = "MA-02", ProvinceCode = "MA-OUJ", Organisers = await Orgs("ODCO Oriental"), ProgramId = await Program("DELIO"), Capacity = 25,
            RegistrationClosesAt = today.AddDays(18).AddHours(18), Status = EventStatus.Published,
            Agenda = [new AgendaItem("09:00", "أسس التسويق الإلكتروني", "Bases de l'e-marketing", "E-marketing basics"), new AgendaItem("14:00", "تمارين تطبيقية", "Travaux pratiques", "Hands-on practice")],
        }, walkIns: 0, cancellationToken);
        await CreateAsync(new CreateEventCommand
        {
            Kind = EventKind.InformationSession,
            TitleAr = "جلسة إخبارية حول برنامج تغيير",
            TitleFr = "Séance d'information sur le programme Taghyir",
            TitleEn = "Information session on the Taghyir programme",
            StartsAt = today.AddDays(35).AddHours(10), EndsAt = today.AddDays(35).AddHours(12), Venue = new VenueInput(await Org("Bayt Al Karama"), "Oujda"),
            RegionCode = "MA-02", ProvinceCode = "MA-OUJ", Organisers = await Orgs("ODCO Oriental"), Partners = await Orgs("AECID"), ProgramId = await Program("TAGHYIR"),
            Capacity = 40, Status = EventStatus.Published,
        }, walkIns: 0, cancellationToken);
        await CreateAsync(new CreateEventCommand
        {
            Kind = EventKind.Workshop,
            TitleAr = "ورشة حول إشهاد المنتوجات – مشروع FLOWER",
            TitleFr = "Atelier certification des produits – FLOWER",
            TitleEn = "Product certification workshop – FLOWER",
            StartsAt = today.AddDays(50).AddHours(10), EndsAt = today.AddDays(50).AddHours(15), Venue = new VenueInput(null, "Al Hoceïma"),
            RegionCode = "MA-01", ProvinceCode = "MA-HOC", Organisers = await Orgs("ES.Maroc.Org"), ProgramId = await Program("FLOWER"), Capacity = 30,
            Status = EventStatus.Published,
        }, walkIns: 0, cancellationToken);

        // The training is nearly full: 22 of 25 seats taken by Oriental cooperatives, so trying registration soon reaches the waitlist.
        var coops = await sender.Send(new ListMatchingCooperatives(new CooperativeCriteria([], ["MA-02"], [], ["active"], null, null, false)), cancellationToken);
        foreach (var coop in coops.Take(22))
        {
            var registered = await sender.Send(new RegisterForEventCommand { EventId = training, CooperativeId = coop.Id, AttendeeRole = "Présidente" }, cancellationToken);
            if (registered.IsFailure) throw new InvalidOperationException($"Demo registration rejected: {registered.Error!.Message}");
        }
    }

    private async Task<Guid> CreateAsync(CreateEventCommand command, int walkIns, CancellationToken ct)
    {
        var created = await sender.Send(command, ct);
        if (created.IsFailure) throw new InvalidOperationException($"Demo event rejected: {created.Error!.Code} {created.Error.Message}");
        if (walkIns > 0)
        {
            var counted = await sender.Send(new RecordWalkInsCommand { Id = created.Value.Id, WalkIns = walkIns }, ct);
            if (counted.IsFailure) throw new InvalidOperationException($"Demo headcount rejected: {counted.Error!.Message}");
        }
        return created.Value.Id;
    }
}
