-- Search keys become analysed tokens (ADR 0021): folded, cut into words, Arabic words lightly stemmed
-- (article, proclitics, common suffixes). The keys of every searching module (cooperatives, organisations,
-- networks, ideas, events, programs) are emptied here and re-computed by the modules' C# step
-- (SearchKeyReindex, an IMigrationStep) right after this script, in the same transaction.
-- A key also holds each Arabic word's stems with and without its proclitic, so it can be longer than the
-- text it comes from: the bounded key columns become NVARCHAR(MAX) like the others.
ALTER TABLE prog_programs ALTER COLUMN search_text NVARCHAR(MAX) NOT NULL;
ALTER TABLE evt_events ALTER COLUMN search_text NVARCHAR(MAX) NOT NULL;
ALTER TABLE bank_ideas ALTER COLUMN search_text NVARCHAR(MAX) NOT NULL;

UPDATE coop_cooperatives SET search_text = N'';
UPDATE net_organisations SET search_text = N'';
UPDATE net_networks SET search_text = N'';
UPDATE bank_ideas SET search_text = N'';
UPDATE evt_events SET search_text = N'';
UPDATE prog_programs SET search_text = N'';
