using System.Text;
using CoopHub.Cooperatives.Model;
using CoopHub.Shared.Reference;

namespace CoopHub.Cooperatives.DemoData;

/// <summary>
/// Plausible cooperatives built from the field reports: the sectors they name (argan, agri-food,
/// handicrafts, eco-tourism, traditional fishing, solidarity trade, heritage), weighted towards the
/// regions they cover (Oriental, Tanger-Tétouan-Al Hoceïma, Casablanca-Settat, Rabat-Salé-Kénitra),
/// many of them rural women's cooperatives. Deterministic for a given seed. No person is named.
/// </summary>
internal static class CooperativeDemoData
{
    private sealed record Trade(string Sector, string Ar, string Fr, string[] Products, string Activities);

    private static readonly Trade[] Trades =
    [
        new("argan", "لإنتاج زيت الأركان", "d'huile d'argane", ["زيت الأركان", "Amlou", "Savon à l'argane"], "Extraction et valorisation de l'huile d'argane"),
        new("agriculture", "الفلاحية للزيتون", "agricole des oliviers", ["Huile d'olive", "زيتون"], "Culture et pressage des olives"),
        new("agriculture", "الفلاحية لتربية النحل", "apicole", ["عسل", "Miel de thym"], "Apiculture et vente de miel"),
        new("agri_food", "لتثمين الصبار", "de valorisation du cactus", ["Confiture de figue de Barbarie", "Huile de pépins"], "Transformation du cactus"),
        new("agri_food", "للكسكس والمنتجات المحلية", "de couscous et produits du terroir", ["كسكس", "Couscous d'orge"], "Production de couscous artisanal"),
        new("handicraft", "للصناعة التقليدية والزربية", "d'artisanat et de tapis", ["زربية", "Tapis tissé main"], "Tissage de tapis et couvertures"),
        new("handicraft", "للخزف والفخار", "de poterie", ["فخار", "Tajine en terre cuite"], "Poterie et céramique"),
        new("eco_tourism", "للسياحة البيئية", "d'écotourisme", ["Gîte rural", "Randonnée guidée"], "Accueil touristique et circuits de randonnée"),
        new("traditional_fishing", "للصيد التقليدي", "de pêche artisanale", ["سمك السردين", "Poisson frais"], "Pêche artisanale et conservation"),
        new("solidarity_trade", "للتجارة التضامنية", "de commerce solidaire", ["سلة المنتجات المحلية", "Produits du terroir"], "Commercialisation solidaire des produits des coopératives"),
        new("heritage", "لصون التراث", "de sauvegarde du patrimoine", ["Broderie traditionnelle", "طرز"], "Valorisation du patrimoine matériel et immatériel"),
        new("aromatic_medicinal_plants", "للنباتات العطرية والطبية", "de plantes aromatiques et médicinales", ["Romarin", "زعتر"], "Cueillette et distillation de plantes aromatiques"),
    ];

    private static readonly (string Ar, string Fr)[] Names =
    [
        ("الأمل", "Al Amal"), ("النور", "Annour"), ("الخير", "Al Khair"), ("الوفاء", "Al Wafaa"), ("الكرامة", "Al Karama"),
        ("الفتح", "Al Fath"), ("الإخلاص", "Al Ikhlass"), ("السلام", "Assalam"), ("التضامن", "Attadamoun"), ("الرحمة", "Arrahma"),
        ("البركة", "Al Baraka"), ("الهدى", "Al Houda"), ("تيفاوين", "Tifawin"), ("تودرت", "Toudert"), ("أمل الغد", "Amal Al Ghad"),
    ];

    // Regions of the five reports weigh more: Oriental, Tanger-Tétouan-Al Hoceïma, Casablanca-Settat, Rabat-Salé-Kénitra.
    private static readonly Dictionary<string, int> RegionWeights = new()
    {
        ["MA-01"] = 5, ["MA-02"] = 6, ["MA-03"] = 2, ["MA-04"] = 4, ["MA-05"] = 2, ["MA-06"] = 5,
        ["MA-07"] = 3, ["MA-08"] = 2, ["MA-09"] = 3, ["MA-10"] = 1, ["MA-11"] = 1, ["MA-12"] = 1,
    };

    private static readonly CapacityNeed[] AllNeeds = Enum.GetValues<CapacityNeed>();

    public static IEnumerable<CooperativeDetails> Generate(ReferenceData reference, int count, int seed)
    {
        var random = new Random(seed);
        var regions = reference.Regions.ToList();
        var weighted = regions.SelectMany(r => Enumerable.Repeat(r, RegionWeights.GetValueOrDefault(r.Code, 1))).ToList();
        for (var i = 0; i < count; i++)
        {
            // The first twelve cover every region once, whatever the weights.
            var region = i < regions.Count ? regions[i] : weighted[random.Next(weighted.Count)];
            var province = region.Provinces[random.Next(region.Provinces.Count)];
            var trade = Trades[random.Next(Trades.Length)];
            var name = Names[random.Next(Names.Length)];
            var womenLed = random.NextDouble() < 0.45;
            var total = 7 + random.Next(womenLed ? 40 : 80);
            var women = womenLed ? total - random.Next(Math.Max(1, total / 5)) : random.Next(total / 2 + 1);
            var youth = random.Next(total / 2 + 1);
            var founded = new DateOnly(1985, 1, 1).AddDays(random.Next(14_600));
            var status = random.NextDouble() switch
            {
                < 0.82 => CooperativeStatus.Active,
                < 0.93 => CooperativeStatus.Dormant,
                < 0.97 => CooperativeStatus.InLiquidation,
                _ => CooperativeStatus.Dissolved,
            };
            var sectors = new List<string> { trade.Sector };
            if (random.NextDouble() < 0.25)
            {
                var second = Trades[random.Next(Trades.Length)].Sector;
                if (second != trade.Sector) sectors.Add(second);
            }
            var needs = AllNeeds.Where(_ => random.NextDouble() < 0.3).ToList();
            var certifications = trade.Sector is "argan" or "agri_food" && random.NextDouble() < 0.3
                ? new List<CooperativeCertification> { new("Autorisation sanitaire ONSSA", "ONSSA", founded.AddYears(2), null) }
                : [];
            var number = $"{region.Code[3..]}-{founded.Year}-{i + 1:D6}";
            var nameAr = (womenLed ? "تعاونية نساء " : "تعاونية ") + name.Ar + " " + trade.Ar + " - " + province.NameAr;
            var nameFr = (womenLed ? "Coopérative féminine " : "Coopérative ") + name.Fr + " " + trade.Fr + " - " + province.NameFr;
            yield return new CooperativeDetails(
                Guid.Empty, number, nameAr, nameFr, random.NextDouble() < 0.04 ? "cooperativeUnion" : "cooperative",
                sectors, trade.Activities, trade.Products, region.Code, province.Code,
                null, null, founded, new CooperativeMembers(total, women, youth), womenLed,
                new CooperativeBoard(3 + random.Next(7), womenLed ? "Présidente" : "Président"),
                certifications, needs,
                new CooperativeContact($"+212 5{random.Next(10, 99)} {random.Next(10, 99)} {random.Next(10, 99)} {random.Next(10, 99)}", null, null),
                status, 1, default, default);
        }
    }

    public static async Task WriteCsvAsync(TextWriter writer, int count, int seed, CancellationToken ct)
        => await CooperativeCsv.WriteAsync(writer, Generate(new ReferenceData(), count, seed), ct);

    public static async Task<string> CsvAsync(ReferenceData reference, int count, int seed, CancellationToken ct)
    {
        var builder = new StringBuilder();
        await using var writer = new StringWriter(builder);
        await CooperativeCsv.WriteAsync(writer, Generate(reference, count, seed), ct);
        return builder.ToString();
    }
}
