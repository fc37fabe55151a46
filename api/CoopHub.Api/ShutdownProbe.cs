namespace CoopHub.Api;

/// <summary>
/// A test-only route for the graceful-stop test (issue 20 item 3): <c>GET /testing/hold-until-stop</c> sends its headers
/// at once (so the caller knows the request is in flight), waits until the host begins to stop (at most 30 s), works half
/// a second more, then finishes its body. Mapped only in the Testing environment with <c>Testing:ShutdownProbe=true</c>:
/// never in production, never in the contract.
/// </summary>
internal static class ShutdownProbe
{
    public const string Path = "/testing/hold-until-stop";

    public static void MapShutdownProbe(this WebApplication app)
    {
        if (!app.Environment.IsEnvironment("Testing") || !app.Configuration.GetValue("Testing:ShutdownProbe", false)) return;
        app.MapGet(Path, async (HttpContext context, IHostApplicationLifetime lifetime) =>
        {
            context.Response.ContentType = "text/plain";
            await context.Response.StartAsync();
            await context.Response.Body.FlushAsync();
            var stopping = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            await using (lifetime.ApplicationStopping.Register(() => stopping.TrySetResult()))
            {
                var stopped = await Task.WhenAny(stopping.Task, Task.Delay(TimeSpan.FromSeconds(30))) == stopping.Task;
                await Task.Delay(TimeSpan.FromMilliseconds(500));
                await context.Response.WriteAsync(stopped ? "finished after the stop began" : "no stop within 30 s");
            }
        }).ExcludeFromDescription();
    }
}
