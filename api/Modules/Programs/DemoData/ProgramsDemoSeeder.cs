// Why this file is long: it is demo data, written out in full (three programs, their calls and eleven DELIO applications in every resting state) so a reader sees what the demo holds.
using CoopHub.Contracts.Cooperatives;
using CoopHub.Contracts.Identity;
using CoopHub.Contracts.Networks;
using CoopHub.Programs.Calls;
using CoopHub.Programs.Model;
using CoopHub.Programs.Catalogue;
using CoopHub.Shared;
using CoopHub.Shared.Data;
using CoopHub.Shared.Time;
using Mediator;
using CoopHub.Shared.Http;
using static CoopHub.Programs.Model.ApplicationStatus;

namespace CoopHub.Programs.DemoData;

/// <summary>
/// The programs of the field reports: DELIO (Agence de l'Oriental and ODCO with UNDP; the call of
/// article 001 closing on 30 September 2025, with applications in every resting state), Taghyir
/// (gender equality, AECID, Oriental) and FLOWER (rural women, Rabat-Salé-Kénitra and
/// Tanger-Tétouan-Al Hoceïma), whose calls are open now so people can try applying. Programs and
/// calls go through the module's commands; the past DELIO applications are written with their
/// historical dates (a command would refuse them: the call is closed). No budget figure is invented.
/// </summary>
internal sealed class ProgramsDemoSeeder(DbSession db, ISender sender, TimeProvider clock) : IDemoDataSeeder
{
    public async Task<bool> HasDataAsync(CancellationToken cancellationToken)
        => await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM prog_programs", null, cancellationToken) > 0;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        async Task<PartnerInput?> Partner(string name, PartnerRole role)
            => (await sender.Send(new FindOrganisations(name), cancellationToken)) is { Count: > 0 } found ? new PartnerInput(found[0].Id, role) : null;
        static SupportAxis Axis(string code, string ar, string fr, string en) => new(code, ar, fr, en);
        static OutcomeIndicator Indicator(string code, string ar, string fr, string en, string? unit, decimal target) => new(code, ar, fr, en, unit, target);

        var indicators = new[]
        {
            Indicator("jobs_created", "مناصب الشغل المحدثة", "Emplois créés", "Jobs created", null, 120),
            Indicator("women_jobs", "مناصب الشغل النسائية", "Emplois de femmes", "Women's jobs", null, 80),
            Indicator("revenue", "رقم المعاملات الإضافي", "Chiffre d'affaires additionnel", "Additional revenue", "MAD", 1_500_000),
        };
        var delio = await CreateProgramAsync(new CreateProgramCommand
        {
            Code = "DELIO",
            NameAr = "برنامج التنمية الاقتصادية المحلية المندمجة بجهة الشرق (DELIO)",
            NameFr = "Programme de développement économique local intégré de l'Oriental (DELIO)",
            NameEn = "Integrated local economic development programme of the Oriental (DELIO)",
            Goals = ["Développement local intégré", "Valorisation des produits des coopératives", "Accès des coopératives au marché"],
            Partners = [.. new[]
            {
                await Partner("Agence de l'Oriental", PartnerRole.Implementer),
                await Partner("ODCO Oriental", PartnerRole.Partner),
                await Partner("PNUD", PartnerRole.Funder),
            }.OfType<PartnerInput>()],
            Regions = ["MA-02"], Sectors = ["agriculture", "agri_food", "handicraft", "eco_tourism"],
            SupportAxes =
            [
                Axis("equipment", "تجهيز وحدات الإنتاج والتحويل والتثمين", "Équipement des unités de production, de transformation et de valorisation", "Equipment for production, processing and valorisation"),
                Axis("capacity", "تقوية القدرات في التدبير الإداري والمالي والتسويق الإلكتروني", "Renforcement des capacités : gestion administrative et financière, e-marketing", "Capacity building: administrative and financial management, e-marketing"),
            ],
            Indicators = indicators,
        }, cancellationToken);
        var taghyir = await CreateProgramAsync(new CreateProgramCommand
        {
            Code = "TAGHYIR",
            NameAr = "برنامج تغيير: من أجل المساواة بين النساء والرجال",
            NameFr = "Programme Taghyir pour l'égalité entre les femmes et les hommes",
            NameEn = "Taghyir programme for gender equality",
            Goals = ["Égalité entre les femmes et les hommes", "Autonomisation économique des femmes"],
            Partners = [.. new[]
            {
                await Partner("AECID", PartnerRole.Funder),
                await Partner("REMESS", PartnerRole.Partner),
                await Partner("ODCO Oriental", PartnerRole.Partner),
            }.OfType<PartnerInput>()],
            Regions = ["MA-02"], Sectors = [],
            SupportAxes =
            [
                Axis("coaching", "المواكبة والتأطير", "Accompagnement et coaching", "Coaching"),
                Axis("training", "التكوين في القيادة النسائية", "Formation au leadership féminin", "Women's leadership training"),
            ],
            Indicators = [indicators[1], Indicator("women_trained", "النساء المستفيدات من التكوين", "Femmes formées", "Women trained", null, 300)],
        }, cancellationToken);
        var flower = await CreateProgramAsync(new CreateProgramCommand
        {
            Code = "FLOWER",
            NameAr = "مشروع FLOWER للتمكين الاقتصادي للنساء بالعالم القروي",
            NameFr = "Projet FLOWER pour l'autonomisation économique des femmes rurales",
            NameEn = "FLOWER project for rural women's economic empowerment",
            Goals = ["Autonomisation économique des femmes rurales", "Structuration des coopératives en unions sectorielles"],
            Partners = [.. new[] { await Partner("ES.Maroc.Org", PartnerRole.Implementer) }.OfType<PartnerInput>()],
            Regions = ["MA-01", "MA-04"], Sectors = [],
            SupportAxes =
            [
                Axis("entrepreneurship", "ورشات المقاولاتية", "Ateliers d'entrepreneuriat", "Entrepreneurship workshops"),
                Axis("certification", "مواكبة إشهاد المنتوجات", "Accompagnement à la certification des produits", "Product certification support"),
            ],
            Indicators = [indicators[1], Indicator("products_certified", "المنتوجات المشهود عليها", "Produits certifiés", "Products certified", null, 25)],
        }, cancellationToken);

        var criteria = new List<EvaluationCriterion>
        {
            new("relevance", "ملاءمة المشروع", "Pertinence du projet", "Relevance", 30),
            new("viability", "الجدوى الاقتصادية", "Viabilité économique", "Economic viability", 25),
            new("inclusion", "إدماج النساء والشباب", "Inclusion des femmes et des jeunes", "Women and youth inclusion", 20),
            new("capacity", "قدرة التعاونية على التنفيذ", "Capacité de la coopérative à porter le projet", "Capacity to deliver", 25),
        };
        // Each names the vault's kind (VaultDocumentKinds), so the application form's picker lists only documents of that
        // kind; a form or a balance sheet has no kind of its own in the vault: "other".
        var documents = new List<RequiredDocument>
        {
            new("application_form", "ملف الترشيح", "Dossier de candidature", "Application form", true, "other"),
            new("statutes", "القانون الأساسي للتعاونية", "Statuts de la coopérative", "Statutes", true, "statutes"),
            new("registration", "شهادة التسجيل في سجل التعاونيات", "Attestation d'inscription au registre des coopératives", "Registration certificate", true, "registrationCertificate"),
            new("accounts", "آخر حصيلة مالية", "Derniers états financiers", "Latest financial statements", false, "other"),
            // DELIO funds agri-food cooperatives: their ONSSA sanitary authorisation, when they have one.
            new("onssa", "ترخيص أو اعتماد المكتب الوطني للسلامة الصحية للمنتجات الغذائية", "Autorisation ou agrément sanitaire de l'ONSSA", "ONSSA sanitary authorisation", false, "onssaAuthorisation"),
        };
        var delioCall = await CreateCallAsync(new CreateCallCommand
        {
            ProgramId = delio.Id,
            TitleAr = "طلب إبداء الاهتمام لفائدة تعاونيات جهة الشرق – برنامج DELIO",
            TitleFr = "Appel à manifestation d'intérêt aux coopératives de l'Oriental – DELIO",
            TitleEn = "Call for expressions of interest for Oriental cooperatives – DELIO",
            DescriptionAr = "دعم التعاونيات في ثلاث فئات: الفلاحة والصناعة الغذائية، الصناعة التقليدية، السياحة البيئية. محوران للدعم: التجهيز، وتقوية القدرات.",
            DescriptionFr = "Soutien aux coopératives de trois catégories : agriculture et agroalimentaire, artisanat, écotourisme. Deux axes : équipement et renforcement des capacités.",
            OpensAt = new DateTime(2025, 9, 8, 9, 0, 0), ClosesAt = new DateTime(2025, 9, 30, 23, 59, 0), Status = CallStatus.Published,
            Rules = new EligibilityRules(Sectors: ["agriculture", "agri_food", "handicraft", "eco_tourism"], Regions: ["MA-02"], Statuses: ["active"], MinAgeMonths: 12),
            Documents = documents, Criteria = criteria, Places = 3,
        }, cancellationToken);

        var today = Casablanca.ToLocal(clock.GetUtcNow()).Date;
        var taghyirCall = await CreateCallAsync(new CreateCallCommand
        {
            ProgramId = taghyir.Id,
            TitleAr = "طلب ترشيح التعاونيات النسائية – برنامج تغيير",
            TitleFr = "Appel à candidatures des coopératives féminines – Taghyir",
            TitleEn = "Call for women's cooperatives – Taghyir",
            DescriptionFr = "Accompagnement et formation au leadership pour les coopératives dirigées par des femmes de l'Oriental.",
            DescriptionAr = "مواكبة وتكوين في القيادة لفائدة التعاونيات التي تسيرها نساء بجهة الشرق.",
            OpensAt = today.AddDays(-10).AddHours(9), ClosesAt = today.AddDays(45).AddHours(23).AddMinutes(59), Status = CallStatus.Published,
            Rules = new EligibilityRules(Regions: ["MA-02"], Statuses: ["active"], WomenLedOnly: true, MaxPreviousAwards: 1),
            Documents = documents.Take(3).ToList(), Criteria = criteria, Places = 10,
        }, cancellationToken);
        await CreateCallAsync(new CreateCallCommand
        {
            ProgramId = flower.Id,
            TitleAr = "طلب إبداء الاهتمام – مشروع FLOWER للنساء القرويات",
            TitleFr = "Appel à manifestation d'intérêt – FLOWER, femmes rurales",
            TitleEn = "Call for expressions of interest – FLOWER, rural women",
            DescriptionFr = "Ateliers d'entrepreneuriat et accompagnement à la certification pour les coopératives de femmes rurales.",
            DescriptionAr = "ورشات في المقاولاتية ومواكبة الإشهاد لفائدة تعاونيات النساء القرويات.",
            OpensAt = today.AddDays(-5).AddHours(9), ClosesAt = today.AddDays(60).AddHours(18), Status = CallStatus.Published,
            Rules = new EligibilityRules(Regions: ["MA-01", "MA-04"], Statuses: ["active"], MinMembers: 7),
            Documents = documents.Take(2).ToList(), Criteria = criteria, Places = 15,
        }, cancellationToken);

        await SeedDelioApplicationsAsync(delioCall, criteria, cancellationToken);
        await SeedOpenApplicationsAsync(taghyirCall, cancellationToken);
    }

    /// <summary>Eleven Oriental cooperatives' dossiers through the 2025 call, one per resting state, with reviews, support and outcomes.</summary>
    private async Task SeedDelioApplicationsAsync(CallRow call, IReadOnlyList<EvaluationCriterion> criteria, CancellationToken ct)
    {
        var coops = (await sender.Send(new ListMatchingCooperatives(Eligibility.ToCriteria(call.RuleSet, new DateOnly(2025, 9, 30))), ct)).Take(10).ToList();
        var outsider = (await sender.Send(new ListMatchingCooperatives(new CooperativeCriteria(["argan", "forestry", "services"], ["MA-02"], [], ["active"], null, null, false)), ct))
            .FirstOrDefault(c => !coops.Any(x => x.Id == c.Id));
        var reviewers = (await sender.Send(new ListStaffActors("MA-02"), ct)).Take(2).ToList();
        foreach (var reviewer in reviewers)
        {
            await db.ExecuteAsync("INSERT INTO prog_reviewers (call_id, reviewer_id, reviewer_name, cooperatives, assigned_at) VALUES (@CallId, @Id, @Name, '[]', @At)",
                new { CallId = call.Id, reviewer.Id, reviewer.Name, At = At(2025, 10, 2, 10) }, ct);
        }
        ApplicationStatus[] plan = [Completed, Supported, Selected, Waitlisted, Rejected, UnderReview, UnderReview, Eligible, Withdrawn, Draft];
        var scores = new[] { 9, 8, 8, 7, 4, 6, 7 };
        for (var i = 0; i < Math.Min(plan.Length, coops.Count); i++)
        {
            await SeedApplicationAsync(call, coops[i], plan[i], i < scores.Length ? scores[i] : 5, reviewers, criteria, At(2025, 9, 15 + i, 10 + i % 6), ct);
        }
        if (outsider is not null) await SeedApplicationAsync(call, outsider, Ineligible, 0, reviewers, criteria, At(2025, 9, 26, 16), ct);
    }

    private async Task SeedApplicationAsync(CallRow call, CooperativeSummary coop, ApplicationStatus target, int score, IReadOnlyList<ActorSummary> reviewers,
        IReadOnlyList<EvaluationCriterion> criteria, DateTimeOffset submitted, CancellationToken ct)
    {
        var app = await InsertDraftAsync(call, coop, submitted.AddDays(-3), ct);
        if (target == Draft) return;
        var failures = Eligibility.Evaluate(call.RuleSet, coop, 0, new DateOnly(2025, 9, 30));
        app.Eligibility = ApiJson.WriteList(failures);
        await db.ExecuteAsync("UPDATE prog_applications SET eligibility = @Eligibility WHERE id = @Id", app, ct);
        await Move(app, Submitted, null, Odco, submitted, ct, submittedAt: submitted);
        if (target == Ineligible || failures.Count > 0)
        {
            await ApplicationFlow.MoveAsync(db, app, Ineligible, Eligibility.Reason(failures), HistoryActor.EligibilityCheck, submitted, ct);
            return;
        }
        await ApplicationFlow.MoveAsync(db, app, Eligible, Eligibility.Reason([]), HistoryActor.EligibilityCheck, submitted, ct);
        if (target == Eligible) return;
        if (target == Withdrawn)
        {
            await Move(app, Withdrawn, "La coopérative a retiré son dossier.", Odco, At(2025, 10, 1, 12), ct);
            return;
        }
        await Move(app, UnderReview, null, Odco, At(2025, 10, 2, 9), ct);
        foreach (var reviewer in reviewers.Take(target == UnderReview ? 1 : 2))
        {
            var given = criteria.Select((c, k) => new CriterionScore(c.Key, Math.Clamp(score + (k % 2 == 0 ? 0 : -1), 0, 10), null)).ToList();
            await db.ExecuteAsync("""
                INSERT INTO prog_reviews (id, application_id, call_id, reviewer_id, reviewer_name, scores, weighted_score, comment, created_at, updated_at)
                VALUES (@Id, @AppId, @CallId, @ReviewerId, @Name, @Scores, @Weighted, NULL, @At, @At)
                """, new { Id = Guid.NewGuid(), AppId = app.Id, CallId = call.Id, ReviewerId = reviewer.Id, reviewer.Name, Scores = ApiJson.Write(given),
                Weighted = Ranking.Weighted(criteria, given), At = At(2025, 10, 6, 15) }, ct);
        }
        if (target == UnderReview) return;
        var decided = At(2025, 10, 15, 11);
        var decision = target switch
        {
            Waitlisted => (Waitlisted, "Bon dossier, classé après les trois places disponibles."),
            Rejected => (Rejected, "Viabilité économique insuffisante selon les évaluateurs."),
            _ => (Selected, "Classé dans les trois premiers par le comité de sélection."),
        };
        await Move(app, decision.Item1, decision.Item2, HistoryActor.Person("Comité de sélection DELIO"), decided, ct);
        if (target is not (Supported or Completed)) return;
        await SupportAsync(app, "equipment", SupportKind.Equipment, 180_000, new DateOnly(2026, 2, 10), "Unité de conditionnement", ct);
        await SupportAsync(app, "capacity", SupportKind.Training, null, new DateOnly(2026, 3, 5), "Gestion administrative et financière, e-marketing", ct);
        await ApplicationFlow.MoveAsync(db, app, Supported, StoredReason.Of("programs.history.first_support"), Odco, At(2026, 2, 10, 12), ct);
        await OutcomeAsync(app, "jobs_created", target == Completed ? 6 : 3, new DateOnly(2026, 6, 30), ct);
        await OutcomeAsync(app, "women_jobs", target == Completed ? 5 : 2, new DateOnly(2026, 6, 30), ct);
        await OutcomeAsync(app, "revenue", target == Completed ? 240_000 : 95_000, new DateOnly(2026, 6, 30), ct);
        if (target == Completed) await Move(app, Completed, "Accompagnement achevé.", Odco, At(2026, 7, 1, 10), ct);
    }

    /// <summary>Two dossiers in the open Taghyir call: one eligible, one still a draft.</summary>
    private async Task SeedOpenApplicationsAsync(CallRow call, CancellationToken ct)
    {
        var coops = (await sender.Send(new ListMatchingCooperatives(Eligibility.ToCriteria(call.RuleSet, Casablanca.Today(clock))), ct)).Skip(12).Take(2).ToList();
        var now = clock.GetUtcNow();
        if (coops.Count > 0)
        {
            var app = await InsertDraftAsync(call, coops[0], now.AddDays(-3), ct);
            await Move(app, Submitted, null, Odco, now.AddDays(-2), ct, submittedAt: now.AddDays(-2));
            await ApplicationFlow.MoveAsync(db, app, Eligible, Eligibility.Reason([]), HistoryActor.EligibilityCheck, now.AddDays(-2), ct);
        }
        if (coops.Count > 1) await InsertDraftAsync(call, coops[1], now.AddDays(-1), ct);
    }

    private async Task<ApplicationRow> InsertDraftAsync(CallRow call, CooperativeSummary coop, DateTimeOffset at, CancellationToken ct)
    {
        var app = new ApplicationRow
        {
            Id = Guid.NewGuid(), CallId = call.Id, ProgramId = call.ProgramId, Status = "draft", Eligibility = "[]", Version = 1, CreatedAt = at, UpdatedAt = at,
            Answers = ApiJson.Write(new ApplicationAnswers("Projet de valorisation et de commercialisation des produits de la coopérative.", [], 150_000)),
            Documents = ApiJson.Write(call.DocumentList.Where(d => d.Mandatory).Select(d => new ApplicationDocument(d.Key, $"https://documents.coophub.example/{coop.RegistrationNumber}/{d.Key}.pdf")).ToList()),
        };
        ApplicationRules.Snapshot(app, coop);
        await db.ExecuteAsync("""
            INSERT INTO prog_applications (id, call_id, program_id, cooperative_id, cooperative_name_ar, cooperative_name_fr, region_code, province_code,
                sectors, women_led, status, answers, documents, eligibility, eligibility_overridden, submitted_at, decision_reason, version, created_at, updated_at)
            VALUES (@Id, @CallId, @ProgramId, @CooperativeId, @CooperativeNameAr, @CooperativeNameFr, @RegionCode, @ProvinceCode,
                @Sectors, @WomenLed, @Status, @Answers, @Documents, @Eligibility, @EligibilityOverridden, @SubmittedAt, @DecisionReason, @Version, @CreatedAt, @UpdatedAt)
            """, app, ct);
        await ApplicationFlow.RecordAsync(db, app.Id, null, Draft, null, Odco, at, ct);
        return app;
    }

    /// <summary>The delegation that files the demo dossiers, as a person would be named in the history.</summary>
    private static readonly HistoryActor Odco = HistoryActor.Person("ODCO Oriental");

    /// <summary>A move whose reason a person typed (in French, as the demo's staff write).</summary>
    private Task<bool> Move(ApplicationRow app, ApplicationStatus to, string? reason, HistoryActor actor, DateTimeOffset at, CancellationToken ct, DateTimeOffset? submittedAt = null)
        => ApplicationFlow.MoveAsync(db, app, to, StoredReason.Typed(reason), actor, at, ct, submittedAt: submittedAt);

    private Task SupportAsync(ApplicationRow app, string axis, SupportKind kind, decimal? amount, DateOnly on, string description, CancellationToken ct)
        => db.ExecuteAsync("""
            INSERT INTO prog_support (id, application_id, program_id, axis, kind, amount, delivered_on, description, created_at)
            VALUES (@Id, @AppId, @ProgramId, @Axis, @Kind, @Amount, @On, @Description, @At)
            """, new { Id = Guid.NewGuid(), AppId = app.Id, app.ProgramId, Axis = axis, Kind = ApiJson.Api(kind), Amount = amount, On = on, Description = description,
            At = clock.GetUtcNow() }, ct);

    private Task OutcomeAsync(ApplicationRow app, string indicator, decimal value, DateOnly on, CancellationToken ct)
        => db.ExecuteAsync("""
            INSERT INTO prog_outcomes (id, application_id, program_id, indicator, value, measured_on, note, created_at)
            VALUES (@Id, @AppId, @ProgramId, @Indicator, @Value, @On, NULL, @At)
            """, new { Id = Guid.NewGuid(), AppId = app.Id, app.ProgramId, Indicator = indicator, Value = value, On = on, At = clock.GetUtcNow() }, ct);

    private static DateTimeOffset At(int year, int month, int day, int hour) => Casablanca.ToUtc(new DateTime(year, month, day, hour, 0, 0));

    private async Task<ProgramDetails> CreateProgramAsync(CreateProgramCommand command, CancellationToken ct)
        => Ok(await sender.Send(command, ct));

    private async Task<CallRow> CreateCallAsync(CreateCallCommand command, CancellationToken ct)
        => (await ProgramStore.FindCallAsync(db, Ok(await sender.Send(command, ct)).Id, ct))!;

    private static T Ok<T>(CoopHub.Shared.Results.Result<T> result)
        => result.IsFailure ? throw new InvalidOperationException($"Demo data rejected: {result.Error!.Code} {result.Error.Message}") : result.Value;
}
