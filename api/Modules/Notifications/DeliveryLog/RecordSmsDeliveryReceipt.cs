using CoopHub.Notifications.Channels;
using CoopHub.Notifications.Model;
using CoopHub.Shared.Audit;
using CoopHub.Shared.Data;
using CoopHub.Shared.Http;
using CoopHub.Shared.Localization;
using CoopHub.Shared.Results;
using CoopHub.Shared.Security;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace CoopHub.Notifications.DeliveryLog;

/// <summary>
/// Twilio's status callback as its form documents it (the fields read here; every field it posts is signed and checked).
/// </summary>
internal sealed record SmsStatusCallback
{
    /// <summary>The message's id at Twilio (SM…), as its answer to the send gave it.</summary>
    public string? MessageSid { get; init; }

    /// <summary>queued, sending, sent, delivered, undelivered, failed…; only the last three are recorded.</summary>
    public string? MessageStatus { get; init; }

    /// <summary>Twilio's error code for an undelivered or failed message (e.g. 30003, unreachable handset).</summary>
    public string? ErrorCode { get; init; }
}

/// <summary>What the delivery log holds for the message after the callback; <c>changed</c> is false for a repeated or a non-final state.</summary>
internal sealed record SmsDeliveryReceipt(Guid DeliveryId, string? Receipt, string? ErrorCode, bool Changed);

/// <summary>The callback: the form's fields as posted (all signed), the request's query (also signed) and the signature header.</summary>
internal sealed record RecordSmsDeliveryReceiptCommand(IReadOnlyList<KeyValuePair<string, string>> Fields, string Query, string? Signature)
    : ICommand<Result<SmsDeliveryReceipt>>
{
    public string? Field(string name) => Fields.FirstOrDefault(f => f.Key == name).Value;
}

/// <summary>
/// Nobody signs in: the credential is <c>X-Twilio-Signature</c> over the URL we gave Twilio as <c>StatusCallback</c>
/// (the configured public address: behind a proxy the request's own URL is not the one Twilio signed). Missing: 401;
/// wrong, or no receipts configured (no auth token, no public address): 403.
/// </summary>
internal sealed class RecordSmsDeliveryReceiptAuthorizer(SmsOptions sms) : IAuthorizer<RecordSmsDeliveryReceiptCommand>
{
    public ValueTask<AccessDenied?> AuthorizeAsync(RecordSmsDeliveryReceiptCommand message, CurrentUser user, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(message.Signature)) return ValueTask.FromResult<AccessDenied?>(new AccessDenied(401, ServerText.Get("notifications.sms_signature_missing")));
        if (!sms.IsConfigured || sms.StatusCallbackUrl is not { } url) return ValueTask.FromResult<AccessDenied?>(AccessDenied.Forbidden("notifications.sms_receipts_off"));
        return ValueTask.FromResult(TwilioSignature.IsValid(sms.AuthToken, url + message.Query, message.Fields, message.Signature)
            ? null
            : AccessDenied.Forbidden("notifications.sms_signature_invalid"));
    }
}

internal sealed class RecordSmsDeliveryReceiptValidator : AbstractValidator<RecordSmsDeliveryReceiptCommand>
{
    public RecordSmsDeliveryReceiptValidator()
    {
        RuleFor(x => x.Field("MessageSid")).Must(v => v is { Length: > 0 and <= 64 }).WithText("notifications.sms_receipt_fields").OverridePropertyName("MessageSid");
        RuleFor(x => x.Field("MessageStatus")).Must(v => v is { Length: > 0 and <= 20 }).WithText("notifications.sms_receipt_fields").OverridePropertyName("MessageStatus");
        RuleFor(x => x.Field("ErrorCode")).Must(v => v is null || v.Length <= 20).WithText("notifications.sms_receipt_fields").OverridePropertyName("ErrorCode");
    }
}

/// <summary>
/// Records the final state Twilio reports for an SMS it accepted, found by its id: <c>delivered</c>, or
/// <c>undelivered</c> / <c>failed</c> with the error code. Its intermediate states (queued, sending, sent) and a state
/// already recorded change nothing; nothing moves a delivered message back (callbacks may arrive late or twice).
/// </summary>
internal sealed class RecordSmsDeliveryReceiptHandler(DbSession db, TimeProvider clock, AuditTrail audit) : ICommandHandler<RecordSmsDeliveryReceiptCommand, Result<SmsDeliveryReceipt>>
{
    public async ValueTask<Result<SmsDeliveryReceipt>> Handle(RecordSmsDeliveryReceiptCommand command, CancellationToken cancellationToken)
    {
        var row = (await db.QueryAsync<Stored>(
            "SELECT id AS Id, receipt AS Receipt, receipt_error AS ReceiptError FROM ntf_messages WHERE provider_id = @Sid AND channel = @Sms",
            new { Sid = command.Field("MessageSid"), Sms = ChannelNames.Sms }, cancellationToken)).FirstOrDefault();
        if (row is null) return Error.NotFound("notifications.delivery_not_found");
        var state = command.Field("MessageStatus")!.Trim().ToLowerInvariant();
        var error = state == ReceiptStates.Delivered ? null : NullIfEmpty(command.Field("ErrorCode"));
        if (!ReceiptStates.Final.Contains(state) || row.Receipt == ReceiptStates.Delivered || (row.Receipt == state && row.ReceiptError == error))
        {
            return new SmsDeliveryReceipt(row.Id, row.Receipt, row.ReceiptError, false);
        }
        // Compare-and-set: of two callbacks racing, a delivered one is never overwritten by the other.
        var changed = await db.ExecuteAsync("""
            UPDATE ntf_messages SET receipt = @State, receipt_error = @Error, receipt_at = @Now
            WHERE id = @Id AND (receipt IS NULL OR receipt <> @Delivered)
            """, new { State = state, Error = error, Now = clock.GetUtcNow(), row.Id, Delivered = ReceiptStates.Delivered }, cancellationToken) == 1;
        if (!changed) return new SmsDeliveryReceipt(row.Id, ReceiptStates.Delivered, null, false);
        audit.Record("notificationDelivery", row.Id, new { row.Receipt, row.ReceiptError }, new { Receipt = state, ReceiptError = error });
        return new SmsDeliveryReceipt(row.Id, state, error, true);
    }

    private static string? NullIfEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private sealed class Stored
    {
        public Guid Id { get; set; }
        public string? Receipt { get; set; }
        public string? ReceiptError { get; set; }
    }
}

internal static class RecordSmsDeliveryReceiptEndpoint
{
    public static RouteGroupBuilder MapRecordSmsDeliveryReceipt(this RouteGroupBuilder group)
    {
        group.MapPost("/sms-status", async Task<Results<Ok<SmsDeliveryReceipt>, ProblemHttpResult>> (HttpRequest request, ISender sender, CancellationToken ct) =>
            {
                if (!request.HasFormContentType) return Problem(415, "notifications.sms_receipt_media_type", ServerText.Get("notifications.sms_receipt_fields"));
                IFormCollection form;
                try
                {
                    form = await request.ReadFormAsync(ct);
                }
                catch (InvalidDataException)
                {
                    return Problem(400, "notifications.sms_receipt_fields", ServerText.Get("notifications.sms_receipt_fields"));
                }
                var fields = form.SelectMany(f => f.Value.Select(v => new KeyValuePair<string, string>(f.Key, v ?? ""))).ToList();
                var command = new RecordSmsDeliveryReceiptCommand(fields, request.QueryString.Value ?? "", request.Headers["X-Twilio-Signature"].FirstOrDefault());
                return EndpointResults.Ok(await sender.Send(command, ct));
            })
            .AllowAnonymous()
            .DisableAntiforgery()
            .WithName("RecordSmsDeliveryReceipt")
            .WithSummary("Twilio's status callback for an SMS: signed with X-Twilio-Signature, it records delivered, undelivered or failed (with the error code) in the delivery log.")
            .Accepts<SmsStatusCallback>("application/x-www-form-urlencoded")
            .ProducesProblems(400, 401, 403, 404, 415);
        return group;
    }

    private static ProblemHttpResult Problem(int status, string code, string detail) => TypedResults.Problem(new ProblemDetails
    {
        Status = status,
        Title = ProblemResults.Title(status),
        Detail = detail,
        Extensions = { ["code"] = code },
    });
}
