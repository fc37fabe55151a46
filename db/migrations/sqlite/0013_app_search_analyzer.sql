-- Search keys become analysed tokens (ADR 0021): folded, cut into words, Arabic words lightly stemmed
-- (article, proclitics, common suffixes). The keys of every searching module (cooperatives, organisations,
-- networks, ideas, events, programs) are emptied here and re-computed by the modules' C# step
-- (SearchKeyReindex, an IMigrationStep) right after this script, in the same transaction.
--
-- The cooperatives' index changes from trigrams (substrings) to whole tokens: a term matches a token, or
-- the beginning of one for Latin words and numbers ("argan"*). detail=none: no phrase or position
-- queries are made, so positions are not stored. It is dropped before the keys are emptied, re-created
-- after, and built over the empty keys (every row known to it, with no token), so the update trigger's
-- 'delete' of the empty key is exact when the step writes the new one.
DROP TRIGGER coop_cooperatives_fts_update;
DROP TRIGGER coop_cooperatives_fts_delete;
DROP TABLE coop_cooperatives_fts;

UPDATE coop_cooperatives SET search_text = '';
UPDATE net_organisations SET search_text = '';
UPDATE net_networks SET search_text = '';
UPDATE bank_ideas SET search_text = '';
UPDATE evt_events SET search_text = '';
UPDATE prog_programs SET search_text = '';

CREATE VIRTUAL TABLE coop_cooperatives_fts USING fts5(
    search_text, content='coop_cooperatives', content_rowid='seq', tokenize='unicode61 remove_diacritics 0', detail=none);
INSERT INTO coop_cooperatives_fts (coop_cooperatives_fts) VALUES ('rebuild');

CREATE TRIGGER coop_cooperatives_fts_delete AFTER DELETE ON coop_cooperatives BEGIN
    INSERT INTO coop_cooperatives_fts (coop_cooperatives_fts, rowid, search_text) VALUES ('delete', old.seq, old.search_text);
END;

CREATE TRIGGER coop_cooperatives_fts_update AFTER UPDATE OF search_text ON coop_cooperatives BEGIN
    INSERT INTO coop_cooperatives_fts (coop_cooperatives_fts, rowid, search_text) VALUES ('delete', old.seq, old.search_text);
    INSERT INTO coop_cooperatives_fts (rowid, search_text) VALUES (new.seq, new.search_text);
END;

-- A search with thousands of matches lists its first rows (exact registration number, names starting with the
-- search) from these indexes, and the rest by walking the name index (ListCooperativesHandler), instead of
-- reading and sorting every match.
CREATE INDEX ix_coop_cooperatives_name_ar_key ON coop_cooperatives (name_ar_key);
CREATE INDEX ix_coop_cooperatives_name_fr_key ON coop_cooperatives (name_fr_key);
