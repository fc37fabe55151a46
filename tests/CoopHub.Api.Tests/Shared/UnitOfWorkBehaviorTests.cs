using CoopHub.Api.Tests.Infrastructure;
using CoopHub.Shared.Data;
using CoopHub.Shared.Pipeline;
using CoopHub.Shared.Results;
using Dapper;
using Mediator;
using Microsoft.Data.Sqlite;

namespace CoopHub.Api.Tests.Shared;

/// <summary>The command pipeline on a real SQLite file: commit, rollback, retry, publish after commit.</summary>
public sealed class UnitOfWorkBehaviorTests
{
    private string _connectionString = "";
    private DbSession _session = null!;

    internal sealed record WriteNote(string Text) : ICommand<Result<int>>;

    internal sealed record NoteWritten(string Text) : INotification;

    private sealed class RecordingPublisher(string connectionString) : IPublisher
    {
        public List<(string Text, long RowsVisibleToOthers)> Published { get; } = [];

        public int Failures { get; set; }

        public async ValueTask Publish<TNotification>(TNotification notification, CancellationToken cancellationToken = default)
            where TNotification : INotification
        {
            if (Failures-- > 0) throw new InvalidOperationException("subscriber down");
            // A second connection sees only committed rows: proof the publish comes after commit.
            await using var other = new SqliteConnection(connectionString);
            await other.OpenAsync(cancellationToken);
            var visible = await other.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM coop_notes");
            Published.Add((((NoteWritten)(object)notification).Text, visible));
        }

        public ValueTask Publish(object notification, CancellationToken cancellationToken = default)
            => Publish((NoteWritten)notification, cancellationToken);
    }

    [SetUp]
    public async Task CreateDatabase()
    {
        _connectionString = await TestDatabases.NewSqliteAsync();
        await using (var connection = new SqliteConnection(_connectionString))
        {
            await connection.ExecuteAsync("CREATE TABLE coop_notes (text TEXT NOT NULL)");
        }
        _session = new DbSession(new SqliteConnectionFactory(new DatabaseOptions { ConnectionString = _connectionString }), new SqliteDialect());
    }

    [TearDown]
    public async Task Drop()
    {
        await _session.DisposeAsync();
        TestDatabases.DeleteSqlite(_connectionString);
    }

    private async Task<long> CountAsync()
    {
        await using var connection = new SqliteConnection(_connectionString);
        return await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM coop_notes");
    }

    private (UnitOfWorkBehavior<WriteNote, Result<int>> Behavior, DomainEvents Events, RecordingPublisher Publisher) Pipeline()
    {
        var events = new DomainEvents();
        var publisher = new RecordingPublisher(_connectionString);
        var audit = new CoopHub.Shared.Audit.AuditTrail(new Microsoft.AspNetCore.Http.HttpContextAccessor(), TimeProvider.System);
        return (new UnitOfWorkBehavior<WriteNote, Result<int>>(_session, events, audit, publisher, TransientErrors.CreatePipeline(),
            Microsoft.Extensions.Logging.Abstractions.NullLogger<UnitOfWorkBehavior<WriteNote, Result<int>>>.Instance), events, publisher);
    }

    [Test]
    public async Task Given_a_successful_command_Then_it_commits_and_publishes_after_commit()
    {
        var (behavior, events, publisher) = Pipeline();

        var result = await behavior.Handle(new WriteNote("argan"), async (message, ct) =>
        {
            await _session.ExecuteAsync("INSERT INTO coop_notes (text) VALUES (@Text)", message, ct);
            events.Raise(new NoteWritten(message.Text));
            return 1;
        }, CancellationToken.None);

        Assert.Multiple(async () =>
        {
            Assert.That(result.IsFailure, Is.False);
            Assert.That(await CountAsync(), Is.EqualTo(1));
            Assert.That(publisher.Published, Is.EqualTo(new[] { ("argan", 1L) }));
        });
    }

    [Test]
    public async Task Given_a_subscriber_that_keeps_failing_Then_the_committed_command_still_succeeds()
    {
        var (behavior, events, publisher) = Pipeline();
        publisher.Failures = int.MaxValue;

        var result = await behavior.Handle(new WriteNote("argan"), async (message, ct) =>
        {
            await _session.ExecuteAsync("INSERT INTO coop_notes (text) VALUES (@Text)", message, ct);
            events.Raise(new NoteWritten(message.Text));
            return 1;
        }, CancellationToken.None);

        Assert.Multiple(async () =>
        {
            Assert.That(result.IsFailure, Is.False);
            Assert.That(await CountAsync(), Is.EqualTo(1));
            Assert.That(publisher.Published, Is.Empty);
        });
    }

    [Test]
    public async Task Given_a_failed_result_Then_its_writes_roll_back_and_nothing_is_published()
    {
        var (behavior, events, publisher) = Pipeline();

        var result = await behavior.Handle(new WriteNote("argan"), async (message, ct) =>
        {
            await _session.ExecuteAsync("INSERT INTO coop_notes (text) VALUES (@Text)", message, ct);
            events.Raise(new NoteWritten(message.Text));
            return new Error(ErrorKind.Conflict, "test", "refused");
        }, CancellationToken.None);

        Assert.Multiple(async () =>
        {
            Assert.That(result.IsFailure, Is.True);
            Assert.That(await CountAsync(), Is.EqualTo(0));
            Assert.That(publisher.Published, Is.Empty);
        });
    }

    [Test]
    public async Task Given_a_transient_error_Then_the_whole_command_is_retried_once_cleanly()
    {
        var (behavior, _, _) = Pipeline();
        var attempts = 0;

        await behavior.Handle(new WriteNote("argan"), async (message, ct) =>
        {
            attempts++;
            await _session.ExecuteAsync("INSERT INTO coop_notes (text) VALUES (@Text)", message, ct);
            if (attempts == 1) throw new SqliteException("database is locked", 5);
            return 1;
        }, CancellationToken.None);

        Assert.Multiple(async () =>
        {
            Assert.That(attempts, Is.EqualTo(2));
            Assert.That(await CountAsync(), Is.EqualTo(1), "the first attempt's insert was rolled back");
        });
    }

    [Test]
    public void Given_a_non_transient_error_Then_it_is_not_retried_and_nothing_is_written()
    {
        var (behavior, _, _) = Pipeline();
        var attempts = 0;

        Assert.ThrowsAsync<InvalidOperationException>(async () => await behavior.Handle(new WriteNote("argan"), async (message, ct) =>
        {
            attempts++;
            await _session.ExecuteAsync("INSERT INTO coop_notes (text) VALUES (@Text)", message, ct);
            throw new InvalidOperationException("bug");
        }, CancellationToken.None));

        Assert.Multiple(async () =>
        {
            Assert.That(attempts, Is.EqualTo(1));
            Assert.That(await CountAsync(), Is.EqualTo(0));
        });
    }

    [TestCase(5, true)]
    [TestCase(6, true)]
    [TestCase(19, false)]
    [TestCase(1, false)]
    public void Given_sqlite_error_codes_Then_busy_and_locked_are_transient(int code, bool transient)
    {
        Assert.That(TransientErrors.IsTransient(new SqliteException("x", code)), Is.EqualTo(transient));
    }
}
