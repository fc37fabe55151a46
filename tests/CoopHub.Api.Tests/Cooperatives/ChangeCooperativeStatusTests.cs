using System.Net;
using CoopHub.Api.Tests.Infrastructure;
using CoopHub.Contracts.Cooperatives;
using CoopHub.Cooperatives;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace CoopHub.Api.Tests.Cooperatives;

public sealed class ChangeCooperativeStatusTests(Engine engine) : CooperativeTest(engine)
{
    [Test]
    public async Task Given_an_active_cooperative_When_it_goes_dormant_Then_200_and_history_lists_it_first()
    {
        var (id, _) = await RegisterAsync(CooperativeBodies.Valid());

        var response = await ChangeStatusAsync(id, "dormant", "2024-06-30", "Pas d'activité depuis deux ans");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        Assert.That(response.Headers.ETag?.Tag, Is.EqualTo("\"2\""));
        var history = (await BodyAsync(await Client.GetAsync($"{CooperativesRoutes.Base}/{id}/status-history"))).AsArray();
        Assert.Multiple(() =>
        {
            Assert.That(history, Has.Count.EqualTo(2));
            Assert.That((string?)history[0]!["fromStatus"], Is.EqualTo("active"));
            Assert.That((string?)history[0]!["toStatus"], Is.EqualTo("dormant"));
            Assert.That((string?)history[0]!["effectiveOn"], Is.EqualTo("2024-06-30"));
            Assert.That((string?)history[0]!["reason"], Is.EqualTo("Pas d'activité depuis deux ans"));
            Assert.That(history[1]!["fromStatus"], Is.Null);
            Assert.That((string?)history[1]!["toStatus"], Is.EqualTo("active"));
        });
    }

    [Test]
    public async Task Given_a_dissolved_cooperative_Then_any_change_is_409()
    {
        var (id, _) = await RegisterAsync(CooperativeBodies.Valid());
        Assert.That((await ChangeStatusAsync(id, "inLiquidation", "2024-01-10", "Décision de l'assemblée générale")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await ChangeStatusAsync(id, "dissolved", "2024-09-01", "Clôture de la liquidation")).StatusCode, Is.EqualTo(HttpStatusCode.OK));

        var problem = await ProblemAsync(await ChangeStatusAsync(id, "active", "2024-10-01"), 409);

        Assert.Multiple(() =>
        {
            Assert.That((string?)problem["code"], Is.EqualTo("cooperative.status_transition"));
            Assert.That((string?)problem["detail"], Is.EqualTo("Une coopérative dissoute ne peut plus changer de statut."));
        });
        var read = await BodyAsync(await Client.GetAsync($"{CooperativesRoutes.Base}/{id}"));
        Assert.That((string?)read["status"], Is.EqualTo("dissolved"));
    }

    [Test]
    public async Task Given_the_same_status_or_a_skipped_step_Then_409()
    {
        var (id, _) = await RegisterAsync(CooperativeBodies.Valid());

        await ProblemAsync(await ChangeStatusAsync(id, "active", "2024-01-01"), 409);
        await ProblemAsync(await ChangeStatusAsync(id, "dissolved", "2024-01-01", "raison"), 409);
    }

    [TestCase("closed", "2024-01-01", null, "status")]
    [TestCase("dormant", "2999-01-01", null, "effectiveOn")]
    [TestCase("inLiquidation", "2024-01-01", null, "reason")]
    [TestCase("dormant", "2010-01-01", null, "effectiveOn")]
    public async Task Given_a_bad_change_Then_400_on_the_field(string status, string effectiveOn, string? reason, string field)
    {
        var (id, _) = await RegisterAsync(CooperativeBodies.Valid(foundedOn: "2019-03-08"));

        var problem = await ProblemAsync(await ChangeStatusAsync(id, status, effectiveOn, reason), 400);

        Assert.That(FieldsIn(problem), Is.EqualTo(new[] { field }));
    }

    [Test]
    public async Task Given_a_stale_if_match_Then_412_and_status_unchanged()
    {
        var (id, etag) = await RegisterAsync(CooperativeBodies.Valid());
        Assert.That((await ChangeStatusAsync(id, "dormant", "2024-01-01", ifMatch: etag)).StatusCode, Is.EqualTo(HttpStatusCode.OK));

        await ProblemAsync(await ChangeStatusAsync(id, "active", "2024-02-01", ifMatch: etag), 412);

        var read = await BodyAsync(await Client.GetAsync($"{CooperativesRoutes.Base}/{id}"));
        Assert.That((string?)read["status"], Is.EqualTo("dormant"));
    }

    [Test]
    public async Task Given_a_status_change_Then_other_modules_read_it_through_the_contract()
    {
        var (id, _) = await RegisterAsync(CooperativeBodies.Valid());
        Assert.That((await ChangeStatusAsync(id, "dormant", "2024-01-01")).StatusCode, Is.EqualTo(HttpStatusCode.OK));

        await using var scope = App.Services.CreateAsyncScope();
        var sender = scope.ServiceProvider.GetRequiredService<ISender>();
        var summary = await sender.Send(new GetCooperativeSummary(Guid.Parse(id)));
        var unknown = await sender.Send(new GetCooperativeSummary(Guid.NewGuid()));

        Assert.Multiple(() =>
        {
            Assert.That(summary, Is.Not.Null);
            Assert.That(summary!.Status, Is.EqualTo("dormant"));
            Assert.That(summary.MembersWomen, Is.EqualTo(15));
            Assert.That(summary.Sectors, Is.EqualTo(new[] { "handicraft" }));
            Assert.That(unknown, Is.Null);
        });
    }
}
