namespace CoopHub.Api.Tests.Infrastructure;

public enum Engine
{
    Sqlite,
    SqlServer,
}
