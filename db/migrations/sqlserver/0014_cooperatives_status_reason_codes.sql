-- What the system writes into a cooperative's status history is a catalogue code with its arguments, rendered in
-- the reader's language when read (ADR 0020); what a person typed stays in reason as typed.
ALTER TABLE coop_status_changes ADD reason_code NVARCHAR(100) NULL, reason_args NVARCHAR(1000) NULL;
GO

-- The first entry of a history is the system's: "Registered" (one by one) or "Imported" (from a file).
UPDATE coop_status_changes SET reason_code = N'cooperatives.history.registered', reason = NULL
WHERE sequence = 1 AND from_status IS NULL AND reason = N'Registered';

UPDATE coop_status_changes SET reason_code = N'cooperatives.history.imported', reason = NULL
WHERE sequence = 1 AND from_status IS NULL AND reason = N'Imported';
