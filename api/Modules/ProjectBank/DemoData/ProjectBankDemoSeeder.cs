using CoopHub.Contracts.Cooperatives;
using CoopHub.Contracts.Events;
using CoopHub.Contracts.Identity;
using CoopHub.ProjectBank.Competitions;
using CoopHub.ProjectBank.Ideas;
using CoopHub.ProjectBank.Judging;
using CoopHub.ProjectBank.Model;
using CoopHub.Shared;
using CoopHub.Shared.Data;
using CoopHub.Shared.Scoring;
using CoopHub.Shared.Time;
using Mediator;
using CoopHub.Shared.Http;

namespace CoopHub.ProjectBank.DemoData;

/// <summary>
/// ODCO's bank of cooperative projects (article 004): twelve project concepts from the sectors of
/// the five reports, each proposed in four provinces (48 ideas, 45 published, 3 waiting for
/// curation), a few adoptions, and the Casablanca-Settat cooperative innovation ideathon of
/// 8 April 2025 (ODCO regional delegation, Fondation Mohammed V pour la Solidarité, INDH) with
/// entries, jury scores and three awards. Ideas go through the module's commands; the 2025
/// ideathon's entries and scores are written with their historical dates. Prize amounts are not
/// in the article, so none is given.
/// </summary>
internal sealed class ProjectBankDemoSeeder(DbSession db, ISender sender, TimeProvider clock) : IDemoDataSeeder
{
    private sealed record Concept(string Sector, string TitleFr, string TitleAr, string Problem, string Solution, int[] Sdgs, int Jobs, decimal Investment);

    private static readonly Concept[] Concepts =
    [
        new("agri_food", "Unité de séchage solaire des fruits et légumes", "وحدة للتجفيف الشمسي للفواكه والخضر",
            "Une partie des récoltes se perd faute de transformation locale.", "Des séchoirs solaires collectifs et un atelier de conditionnement.", [2, 7, 8], 8, 350_000),
        new("argan", "Plateforme de vente en ligne de l'huile d'argan", "منصة للبيع الإلكتروني لزيت الأركان",
            "Les coopératives vendent aux intermédiaires à bas prix.", "Une boutique en ligne commune avec traçabilité des lots.", [5, 8, 12], 5, 120_000),
        new("handicraft", "Atelier partagé de tissage et de design de tapis", "ورشة مشتركة للنسيج وتصميم الزرابي",
            "Les artisanes travaillent isolées, sans accès au design ni aux marchés.", "Un atelier équipé, des sessions de design et une marque collective.", [5, 8], 12, 260_000),
        new("eco_tourism", "Circuit d'écotourisme et gîtes ruraux gérés par des femmes", "مسار للسياحة البيئية ومآوي قروية تديرها نساء",
            "Les visiteurs passent sans retombées pour les villages.", "Un circuit balisé, trois gîtes et une réservation en ligne.", [5, 8, 15], 10, 480_000),
        new("traditional_fishing", "Chaîne du froid solidaire pour la pêche artisanale", "سلسلة تبريد تضامنية للصيد التقليدي",
            "Le poisson se vend vite et mal faute de froid.", "Une chambre froide partagée et un point de vente direct.", [8, 12, 14], 6, 400_000),
        new("aromatic_medicinal_plants", "Distillerie d'huiles essentielles de plantes aromatiques", "وحدة لتقطير الزيوت الأساسية من النباتات العطرية",
            "Les plantes sont vendues sèches, sans valeur ajoutée.", "Un alambic, un laboratoire de contrôle et la certification biologique.", [3, 8, 15], 7, 300_000),
        new("agriculture", "Irrigation goutte-à-goutte solaire mutualisée", "ري بالتنقيط بالطاقة الشمسية بشكل مشترك",
            "Le pompage au gaz coûte cher et l'eau manque.", "Des pompes solaires partagées et un réseau goutte-à-goutte.", [2, 6, 7, 13], 4, 550_000),
        new("solidarity_trade", "Épicerie solidaire des produits du terroir", "متجر تضامني لمنتوجات المجال",
            "Les produits des coopératives sont peu visibles en ville.", "Une épicerie commune gérée par une union de coopératives.", [1, 8, 12], 5, 180_000),
        new("digital", "Formation numérique et e-marketing des coopératives féminines", "تكوين رقمي وتسويق إلكتروني للتعاونيات النسائية",
            "Peu de coopératives féminines savent vendre en ligne.", "Des formations pratiques et un accompagnement de six mois.", [4, 5, 8], 3, 90_000),
        new("environment", "Valorisation des déchets oléicoles en compost", "تثمين مخلفات الزيتون إلى سماد",
            "Les margines et grignons polluent les sols et les oueds.", "Une plateforme de compostage et la vente de compost aux agriculteurs.", [12, 13, 15], 6, 320_000),
        new("heritage", "Valorisation du patrimoine culinaire local", "تثمين الموروث الطبخي المحلي",
            "Les recettes et produits traditionnels disparaissent.", "Une table d'hôtes coopérative et des ateliers culinaires pour visiteurs.", [8, 11], 6, 150_000),
        new("forestry", "Apiculture et miel de forêt labellisé", "تربية النحل والعسل الغابوي المعتمد",
            "Le miel local est vendu sans label, souvent contrefait.", "Des ruches modernes, une miellerie et une démarche de label.", [8, 15], 5, 210_000),
    ];

    private static readonly (string Region, string Fr, string Ar)[] Places =
        [("MA-02", "Berkane", "بركان"), ("MA-01", "Al Hoceïma", "الحسيمة"), ("MA-06", "Settat", "سطات"), ("MA-04", "Kénitra", "القنيطرة")];

    public async Task<bool> HasDataAsync(CancellationToken cancellationToken)
        => await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM bank_ideas", null, cancellationToken) > 0;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var settatIdeas = new List<IdeaDetails>();
        var count = 0;
        foreach (var (region, placeFr, placeAr) in Places)
        {
            foreach (var concept in Concepts)
            {
                var matches = await sender.Send(new ListMatchingCooperatives(new CooperativeCriteria([concept.Sector], [region], [], ["active"], null, null, false)), cancellationToken);
                var coop = matches.Count > 0 ? matches[0] : null;
                var idea = Ok(await sender.Send(new CreateIdeaCommand
                {
                    CooperativeId = coop?.Id,
                    TitleFr = $"{concept.TitleFr} – {placeFr}", TitleAr = $"{concept.TitleAr} – {placeAr}",
                    Problem = concept.Problem, Solution = concept.Solution, Sectors = [concept.Sector], Regions = [region],
                    Beneficiaries = "Membres de la coopérative, en majorité des femmes et des jeunes du douar",
                    Investment = concept.Investment, Jobs = new ExpectedJobs(concept.Jobs, concept.Jobs / 2 + 1, concept.Jobs / 3),
                    Impact = new ExpectedImpact("Revenus réguliers pour les femmes membres", "Valeur ajoutée gardée sur le territoire", "Moins de pertes et de déchets"),
                    Sdgs = concept.Sdgs,
                }, cancellationToken));
                Ok(await sender.Send(new TransitionIdeaCommand { Id = idea.Id, To = IdeaStatus.Submitted }, cancellationToken));
                // The last three wait in the curation queue.
                if (++count > Places.Length * Concepts.Length - 3) continue;
                var published = Ok(await sender.Send(new TransitionIdeaCommand { Id = idea.Id, To = IdeaStatus.Published, Comment = "Publiée par la délégation régionale." }, cancellationToken));
                if (region == "MA-06") settatIdeas.Add(published);
            }
        }
        await SeedAdoptionsAsync(cancellationToken);
        await SeedIdeathonAsync(settatIdeas, cancellationToken);
    }

    /// <summary>A few cooperatives of other regions take up the Berkane drying unit, so its adopters map has colours.</summary>
    private async Task SeedAdoptionsAsync(CancellationToken ct)
    {
        var found = (await sender.Send(new ListIdeasQuery { Q = "séchage Berkane", Status = "published" }, ct)).Items;
        var idea = found.Count > 0 ? found[0] : null;
        if (idea is null) return;
        foreach (var region in new[] { "MA-03", "MA-07", "MA-09", "MA-02" })
        {
            var coop = (await sender.Send(new ListMatchingCooperatives(new CooperativeCriteria(["agri_food", "agriculture"], [region], [], ["active"], null, null, false)), ct))
                .FirstOrDefault(c => c.Id != idea.CooperativeId);
            if (coop is not null) Ok(await sender.Send(new AdoptIdeaCommand { IdeaId = idea.Id, CooperativeId = coop.Id }, ct));
        }
    }

    private async Task SeedIdeathonAsync(IReadOnlyList<IdeaDetails> ideas, CancellationToken ct)
    {
        var events = await sender.Send(new FindEvents("ideathon", "MA-06"), ct);
        var ev = events.Count > 0 ? events[0] : null;
        if (ev is null || ideas.Count == 0) return;
        var competition = Ok(await sender.Send(new CreateCompetitionCommand
        {
            TitleAr = "مسابقة الأفكار للابتكار التعاوني – جهة الدار البيضاء سطات 2025",
            TitleFr = "Idéathon de l'innovation coopérative – Casablanca-Settat 2025",
            Description = "Classement des projets coopératifs selon leur impact social et économique, dans le cadre de la Banque des projets coopératifs de l'ODCO.",
            EventId = ev.Id, RegionCode = "MA-06",
            OpensAt = new DateTime(2025, 3, 10, 9, 0, 0), ClosesAt = new DateTime(2025, 4, 7, 18, 0, 0),
            Criteria =
            [
                new("social_impact", "الأثر الاجتماعي", "Impact social", "Social impact", 30),
                new("economic_impact", "الأثر الاقتصادي", "Impact économique", "Economic impact", 30),
                new("innovation", "الابتكار", "Innovation", "Innovation", 20),
                new("feasibility", "قابلية التنفيذ", "Faisabilité", "Feasibility", 10),
                new("inclusion", "إدماج النساء والشباب", "Inclusion des femmes et des jeunes", "Women and youth inclusion", 10),
            ],
            TieBreakCriterion = "social_impact", Status = CompetitionStatus.Judging,
        }, ct));
        var criteria = competition.Criteria;
        var entries = ideas.Take(8).ToList();
        for (var i = 0; i < entries.Count; i++)
        {
            await db.ExecuteAsync("INSERT INTO bank_entries (id, competition_id, idea_id, cooperative_id, entered_at) VALUES (@Id, @C, @I, @Coop, @At)",
                new { Id = Guid.NewGuid(), C = competition.Id, I = entries[i].Id, Coop = entries[i].CooperativeId, At = Casablanca.ToUtc(new DateTime(2025, 3, 12 + i, 10, 0, 0)) }, ct);
        }
        var listed = await Entries.ListAsync(db, competition.Id, ct);
        var jurors = (await sender.Send(new ListStaffActors("MA-06"), ct)).Take(3).ToList();
        foreach (var juror in jurors)
        {
            await db.ExecuteAsync("INSERT INTO bank_jurors (competition_id, juror_id, name, cooperatives, entries, assigned_at) VALUES (@C, @J, @Name, @Coops, NULL, @At)",
                new { C = competition.Id, J = juror.Id, juror.Name, Coops = ApiJson.Write(juror.Cooperatives), At = Casablanca.ToUtc(new DateTime(2025, 4, 1, 9, 0, 0)) }, ct);
            for (var e = 0; e < listed.Count; e++)
            {
                // Deterministic sheets; entries 2 and 3 tie on the weighted score and differ on social impact.
                int[] marks = e switch { 0 => [9, 8, 9, 7, 9], 1 => [8, 8, 7, 8, 8], 2 => [7, 8, 8, 8, 7], 3 => [8, 7, 8, 8, 7], _ => [5 + e % 3, 6, 5, 7, 6] };
                var scores = criteria.Select((c, k) => new JuryCriterionScore(c.Key, marks[k])).ToList();
                await db.ExecuteAsync("""
                    INSERT INTO bank_scores (id, entry_id, competition_id, juror_id, scores, weighted_score, comment, created_at, updated_at)
                    VALUES (@Id, @E, @C, @J, @Scores, @Weighted, NULL, @At, @At)
                    """, new { Id = Guid.NewGuid(), E = listed[e].Id, C = competition.Id, J = juror.Id, Scores = ApiJson.Write(scores),
                    Weighted = WeightedScore.Of(criteria.Select(c => (c.Key, c.Weight)), scores.ToDictionary(s => s.Criterion, s => s.Score)),
                    At = Casablanca.ToUtc(new DateTime(2025, 4, 8, 15, 0, 0)) }, ct);
            }
        }
        var ranking = await Jury.RankAsync(db, (await BankStore.FindCompetitionAsync(db, competition.Id, ct))!, ct);
        string[] prizes = ["Premier prix", "Deuxième prix", "Troisième prix"];
        Ok(await sender.Send(new SetCompetitionAwardsCommand
        {
            CompetitionId = competition.Id,
            Awards = ranking.Items.Take(3).Select((r, i) => new AwardInput(r.EntryId, i + 1, prizes[i], null)).ToList(),
        }, ct));
        await db.ExecuteAsync("UPDATE bank_competitions SET status = 'resultsPublished', version = version + 1, updated_at = @Now WHERE id = @Id",
            new { Now = clock.GetUtcNow(), competition.Id }, ct);
    }

    private static T Ok<T>(CoopHub.Shared.Results.Result<T> result)
        => result.IsFailure ? throw new InvalidOperationException($"Demo data rejected: {result.Error!.Code} {result.Error.Message}") : result.Value;
}
