-- Issue 17 (ADR 0020): what the system writes into a membership's history is a catalogue code, rendered in the
-- reader's language when read. A person's own words stay in leave_reason. The rows a dissolution wrote in English
-- ("Cooperative dissolved" or "Cooperative dissolved: <the reason given for the dissolution>") become the code,
-- keeping only the reason that was given.
ALTER TABLE net_members ADD COLUMN leave_reason_code TEXT NULL;

UPDATE net_members
SET leave_reason_code = 'networks.left_dissolved_because', leave_reason = substr(leave_reason, 24)
WHERE leave_reason_code IS NULL AND leave_reason LIKE 'Cooperative dissolved: %' AND length(leave_reason) > 23;

UPDATE net_members
SET leave_reason_code = 'networks.left_dissolved', leave_reason = NULL
WHERE leave_reason_code IS NULL AND leave_reason IN ('Cooperative dissolved', 'Cooperative dissolved: ');
