using CoopHub.Api.Tests.Infrastructure;
using CoopHub.Client.Sample;

namespace CoopHub.Api.Tests.Integrations;

/// <summary>The sample program of clients/csharp, with the NSwag-generated client, against the running API.</summary>
public sealed class GeneratedClientTests(Engine engine) : ApiTest(engine)
{
    [Test]
    public async Task Given_the_sample_Then_it_lists_registers_with_a_key_twice_reads_back_and_gets_a_typed_409()
    {
        using var http = App.CreateAdminClient();
        using var log = new StringWriter();

        var outcome = await SampleRun.RunAsync(http, "SAMPLE-0001", log);

        var registered = await GetAsync<System.Text.Json.Nodes.JsonNode>("/api/v1/cooperatives?q=SAMPLE-0001");
        Assert.Multiple(() =>
        {
            Assert.That(outcome.CooperativesBefore, Is.Zero);
            Assert.That(outcome.ReadBackNumber, Is.EqualTo("SAMPLE-0001"));
            Assert.That(outcome.Replayed, Is.True, "the Idempotency-Key retry answered the first registration");
            Assert.That((outcome.ConflictStatus, outcome.ConflictCode), Is.EqualTo((409, "cooperative.registration_number_taken")));
            Assert.That((int?)registered["total"], Is.EqualTo(1), "one cooperative written");
            Assert.That(log.ToString(), Does.Contain("409 cooperative.registration_number_taken"));
        });
    }
}
