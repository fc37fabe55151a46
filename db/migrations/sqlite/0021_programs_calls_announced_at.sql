-- A call is announced to the cooperatives it fits once (call.published in the outbox): when it is published and open,
-- or, for a call published ahead of its opening, when the opening time arrives. The calls already published before
-- this migration count as announced: history is not sent to people.
ALTER TABLE prog_calls ADD COLUMN announced_at TEXT NULL;
UPDATE prog_calls SET announced_at = updated_at WHERE status = 'published';
CREATE INDEX ix_prog_calls_unannounced ON prog_calls (status, announced_at, opens_at);
