CREATE TABLE ntf_cursor (
    id INTEGER NOT NULL PRIMARY KEY,
    last_seq INTEGER NOT NULL,
    updated_at TEXT NULL
);

CREATE TABLE ntf_messages (
    id TEXT NOT NULL PRIMARY KEY,
    trigger_id TEXT NOT NULL,
    trigger_type TEXT NOT NULL,
    recipient_id TEXT NOT NULL,
    channel TEXT NOT NULL,
    address TEXT NULL,
    language TEXT NOT NULL,
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    link TEXT NULL,
    status TEXT NOT NULL,
    attempts INTEGER NOT NULL,
    next_attempt_at TEXT NOT NULL,
    claimed_until TEXT NULL,
    last_answer TEXT NULL,
    created_at TEXT NOT NULL,
    sent_at TEXT NULL,
    read_at TEXT NULL
);

CREATE UNIQUE INDEX ux_ntf_messages_trigger ON ntf_messages (trigger_id, recipient_id, channel);
CREATE INDEX ix_ntf_messages_due ON ntf_messages (status, next_attempt_at);
CREATE INDEX ix_ntf_messages_inbox ON ntf_messages (recipient_id, channel, created_at);

-- Notifications start at the end of the outbox: what was announced before this version is not sent to people.
INSERT INTO ntf_cursor (id, last_seq, updated_at) SELECT 1, COALESCE(MAX(seq), 0), NULL FROM app_outbox;
