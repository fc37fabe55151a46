-- seq is the rowid, stable across VACUUM, so the full-text index below can point at it.
CREATE TABLE coop_cooperatives (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    registration_number TEXT NOT NULL,
    name_ar TEXT NULL,
    name_fr TEXT NULL,
    legal_form TEXT NOT NULL,
    sectors TEXT NOT NULL,
    activities TEXT NULL,
    products TEXT NOT NULL,
    region_code TEXT NOT NULL,
    province_code TEXT NOT NULL,
    commune TEXT NULL,
    address TEXT NULL,
    founded_on TEXT NULL,
    members_total INTEGER NOT NULL,
    members_women INTEGER NOT NULL,
    members_youth INTEGER NOT NULL,
    women_led INTEGER NOT NULL,
    board_size INTEGER NULL,
    manager_role TEXT NULL,
    certifications TEXT NOT NULL,
    needs TEXT NOT NULL,
    contact_phone TEXT NULL,
    contact_email TEXT NULL,
    contact_website TEXT NULL,
    status TEXT NOT NULL,
    version INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    search_text TEXT NOT NULL,
    registration_key TEXT NOT NULL,
    name_ar_key TEXT NOT NULL,
    name_fr_key TEXT NOT NULL,
    name_sort TEXT NOT NULL
);

-- Unique ignoring case and accents: the key is the folded number, compared in binary on both engines.
CREATE UNIQUE INDEX ux_coop_cooperatives_registration_key ON coop_cooperatives (registration_key);
CREATE INDEX ix_coop_cooperatives_registration_number ON coop_cooperatives (registration_number);
CREATE INDEX ix_coop_cooperatives_name_sort ON coop_cooperatives (name_sort, registration_number);
-- id is in the filter indexes so the sector EXISTS check and the count never touch the wide rows.
CREATE INDEX ix_coop_cooperatives_region ON coop_cooperatives (region_code, name_sort, registration_number, id);
CREATE INDEX ix_coop_cooperatives_province ON coop_cooperatives (province_code, name_sort, registration_number, id);
CREATE INDEX ix_coop_cooperatives_status ON coop_cooperatives (status, name_sort, registration_number, id);
CREATE INDEX ix_coop_cooperatives_founded_on ON coop_cooperatives (founded_on);
CREATE INDEX ix_coop_cooperatives_members ON coop_cooperatives (members_total);
CREATE INDEX ix_coop_cooperatives_region_stats ON coop_cooperatives (region_code, members_total, members_women, members_youth);

CREATE TABLE coop_cooperative_sectors (
    cooperative_id TEXT NOT NULL REFERENCES coop_cooperatives (id) ON DELETE CASCADE,
    sector_code TEXT NOT NULL,
    PRIMARY KEY (cooperative_id, sector_code)
);

CREATE INDEX ix_coop_cooperative_sectors_sector ON coop_cooperative_sectors (sector_code, cooperative_id);

CREATE TABLE coop_status_changes (
    id TEXT NOT NULL PRIMARY KEY,
    cooperative_id TEXT NOT NULL REFERENCES coop_cooperatives (id) ON DELETE CASCADE,
    sequence INTEGER NOT NULL,
    from_status TEXT NULL,
    to_status TEXT NOT NULL,
    effective_on TEXT NOT NULL,
    reason TEXT NULL,
    recorded_at TEXT NOT NULL
);

CREATE UNIQUE INDEX ux_coop_status_changes_sequence ON coop_status_changes (cooperative_id, sequence);

-- Substring search over the folded text: a trigram index answers LIKE '%term%' for terms of 3+
-- characters without scanning every row (SQL Server scans the same column; ADR 0005).
-- New rows are indexed by their writer in one set-based statement (CooperativeStore.IndexNewRowsAsync):
-- a row-by-row insert trigger made a 60,000-row import three times slower. Updates and deletes,
-- one row at a time, keep their triggers.
CREATE VIRTUAL TABLE coop_cooperatives_fts USING fts5(search_text, content='coop_cooperatives', content_rowid='seq', tokenize='trigram');

CREATE TRIGGER coop_cooperatives_fts_delete AFTER DELETE ON coop_cooperatives BEGIN
    INSERT INTO coop_cooperatives_fts (coop_cooperatives_fts, rowid, search_text) VALUES ('delete', old.seq, old.search_text);
END;

CREATE TRIGGER coop_cooperatives_fts_update AFTER UPDATE OF search_text ON coop_cooperatives BEGIN
    INSERT INTO coop_cooperatives_fts (coop_cooperatives_fts, rowid, search_text) VALUES ('delete', old.seq, old.search_text);
    INSERT INTO coop_cooperatives_fts (rowid, search_text) VALUES (new.seq, new.search_text);
END;
