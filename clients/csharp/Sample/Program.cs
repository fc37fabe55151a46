using CoopHub.Client.Sample;

// dotnet run --project clients/csharp/Sample -- http://127.0.0.1:5080 chk_<prefix>_<secret>
if (args.Length < 2)
{
    Console.Error.WriteLine("Usage: Sample <base URL> <API key>   (an API key with the staff role for region MA-09, or an admin key)");
    return 2;
}
using var http = new HttpClient { BaseAddress = new Uri(args[0].TrimEnd('/') + "/") };
http.DefaultRequestHeaders.Add("X-Api-Key", args[1]);
var outcome = await SampleRun.RunAsync(http, $"SAMPLE-{DateTime.UtcNow:yyyyMMddHHmmss}", Console.Out);
return outcome.ConflictStatus == 409 ? 0 : 1;
