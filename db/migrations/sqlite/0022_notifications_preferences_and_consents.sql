-- Law 09-08: what each person (an account, or a cooperative's registry contact) chose to receive, per topic and
-- channel, with where the choice came from, when and who made it. Nothing stored means the default (ADR 0024).
CREATE TABLE ntf_preferences (
    recipient_id TEXT NOT NULL,
    recipient_kind TEXT NOT NULL,
    topic TEXT NOT NULL,
    channel TEXT NOT NULL,
    enabled INTEGER NOT NULL,
    source TEXT NOT NULL,
    changed_by TEXT NULL,
    changed_at TEXT NOT NULL,
    PRIMARY KEY (recipient_id, recipient_kind, topic, channel)
);

-- Every change of consent, never updated: the proof of who agreed or objected, when and how.
CREATE TABLE ntf_consents (
    id TEXT NOT NULL PRIMARY KEY,
    recipient_id TEXT NOT NULL,
    recipient_kind TEXT NOT NULL,
    topic TEXT NOT NULL,
    channel TEXT NOT NULL,
    enabled INTEGER NOT NULL,
    source TEXT NOT NULL,
    changed_by TEXT NULL,
    changed_at TEXT NOT NULL
);

CREATE INDEX ix_ntf_consents_recipient ON ntf_consents (recipient_id, recipient_kind, changed_at);

-- Secrets the module generates on first use when configuration gives none (the unsubscribe links' signing key).
CREATE TABLE ntf_secrets (
    name TEXT NOT NULL PRIMARY KEY,
    value TEXT NOT NULL,
    created_at TEXT NOT NULL
);
