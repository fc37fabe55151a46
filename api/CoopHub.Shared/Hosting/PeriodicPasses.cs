using Microsoft.Extensions.Logging;

namespace CoopHub.Shared.Hosting;

/// <summary>
/// The loop of every background service that works in passes (the webhook and notification dispatchers, the
/// notification scheduler, the document purge): a pass, then a wait of <c>period</c> on the given clock, until the host
/// stops. A failed pass is logged and the next one is tried after the period; stopping ends the wait at once.
/// </summary>
public static class PeriodicPasses
{
    public static async Task RunAsync(Func<CancellationToken, Task> pass, TimeSpan period, TimeProvider clock, ILogger logger, string work, CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await pass(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "{Work} failed; retrying at the next pass.", work);
            }
            try
            {
                await Task.Delay(period, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
