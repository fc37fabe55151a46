-- What the system writes into a cooperative's status history is a catalogue code with its arguments, rendered in
-- the reader's language when read (ADR 0020); what a person typed stays in reason as typed.
ALTER TABLE coop_status_changes ADD COLUMN reason_code TEXT NULL;
ALTER TABLE coop_status_changes ADD COLUMN reason_args TEXT NULL;

-- The first entry of a history is the system's: "Registered" (one by one) or "Imported" (from a file).
UPDATE coop_status_changes SET reason_code = 'cooperatives.history.registered', reason = NULL
WHERE sequence = 1 AND from_status IS NULL AND reason = 'Registered';

UPDATE coop_status_changes SET reason_code = 'cooperatives.history.imported', reason = NULL
WHERE sequence = 1 AND from_status IS NULL AND reason = 'Imported';
