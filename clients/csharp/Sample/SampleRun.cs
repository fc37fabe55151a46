namespace CoopHub.Client.Sample;

/// <summary>What the sample saw, for whoever runs it (the console, or the test that runs it against a live API).</summary>
public sealed record SampleOutcome(int CooperativesBefore, Guid Registered, string ReadBackNumber, bool Replayed, int ConflictStatus, string? ConflictCode);

/// <summary>
/// A partner's first steps with the generated client: list cooperatives, register one with an API key and an
/// Idempotency-Key (sent twice, written once), read it back, and meet a 409 as a typed exception with its problem details.
/// </summary>
public static class SampleRun
{
    public static async Task<SampleOutcome> RunAsync(HttpClient http, string registrationNumber, TextWriter log, CancellationToken ct = default)
    {
        var client = new CoopHubClient(http);
        var before = await client.ListCooperativesAsync(pageSize: 5, foundedFrom: new DateOnly(1950, 1, 1), cancellationToken: ct);
        await log.WriteLineAsync($"{before.Total} cooperatives in the registry; first page: {string.Join(", ", before.Items.Select(c => c.RegistrationNumber))}");

        var command = new RegisterCooperativeCommand
        {
            RegistrationNumber = registrationNumber,
            NameAr = "تعاونية النور للأركان",
            NameFr = "Coopérative Annour de l'argan",
            LegalForm = "cooperative",
            Sectors = ["argan"],
            Products = ["زيت الأركان"],
            RegionCode = "MA-09",
            ProvinceCode = "MA-TAR",
            Members = new CooperativeMembers { Total = 24, Women = 24, Youth = 6 },
            FoundedOn = new DateOnly(2016, 5, 12),
            WomenLed = true,
        };
        var key = Guid.NewGuid().ToString();
        var first = await client.RegisterCooperativeAsync(command, key, ct);
        var again = await client.RegisterCooperativeAsync(command, key, ct);
        await log.WriteLineAsync($"registered {first.RegistrationNumber} as {first.Id}; the retry with the same Idempotency-Key answered {again.Id}");

        var readBack = await client.GetCooperativeAsync(first.Id, ct);
        await log.WriteLineAsync($"read back: {readBack.NameFr} ({readBack.RegionCode}, {readBack.Members.Total} members)");

        try
        {
            await client.RegisterCooperativeAsync(command, cancellationToken: ct);
            return new SampleOutcome(before.Total, first.Id, readBack.RegistrationNumber!, again.Id == first.Id, 0, null);
        }
        catch (ApiException<ProblemDetails> conflict)
        {
            await log.WriteLineAsync($"registering it again without the key: {conflict.StatusCode} {conflict.Result.Code}: {conflict.Result.Detail}");
            return new SampleOutcome(before.Total, first.Id, readBack.RegistrationNumber!, again.Id == first.Id, conflict.StatusCode, conflict.Result.Code);
        }
    }
}
