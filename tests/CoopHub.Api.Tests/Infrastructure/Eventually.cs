namespace CoopHub.Api.Tests.Infrastructure;

/// <summary>
/// What a background worker (the notification dispatcher) writes, read until it is what the test waits for or 30 s have
/// passed: the worker writes after a gateway's or mail server's answer, a moment after the test's fake has seen the
/// message, and a busy machine can run the test's next step in that moment. The caller asserts on the value returned.
/// </summary>
internal static class Eventually
{
    public static async Task<long> CountAsync(Func<Task<long>> read, Func<long, bool> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var count = await read();
            if (done(count) || DateTime.UtcNow > deadline) return count;
            await Task.Delay(50);
        }
    }
}
