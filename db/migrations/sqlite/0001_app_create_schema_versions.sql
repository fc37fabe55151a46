-- The migrator creates app_schema_versions itself before the first script runs;
-- this script records the shared conventions every later script follows.
CREATE TABLE IF NOT EXISTS app_schema_versions (
    id TEXT NOT NULL PRIMARY KEY,
    checksum TEXT NOT NULL,
    applied_at TEXT NOT NULL
);
