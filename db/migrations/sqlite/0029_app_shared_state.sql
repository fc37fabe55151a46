-- Issue 20: state that every instance of the API must share, kept in the database (ADR 0031).
-- ASP.NET Core Data Protection's key ring (the keys that sign the session cookie and the antiforgery token): one row
-- per key, its XML as Data Protection writes it. Any instance reads any cookie; a restart signs nobody out.
CREATE TABLE app_data_protection_keys (
    friendly_name TEXT NOT NULL PRIMARY KEY,
    xml TEXT NOT NULL,
    created_at TEXT NOT NULL
);

-- Counters of the limits that protect accounts and codes (sign-in back-off, sign-in, account-code and code look-up
-- windows): hits under a key, the last hit, the time until which the key waits (or its window ends), and when the row
-- means nothing any more and may be swept.
CREATE TABLE app_rate_counters (
    counter_key TEXT NOT NULL PRIMARY KEY,
    hits INTEGER NOT NULL,
    last_at TEXT NOT NULL,
    until_at TEXT NULL,
    expires_at TEXT NOT NULL
);

CREATE INDEX ix_app_rate_counters_expires ON app_rate_counters (expires_at);
