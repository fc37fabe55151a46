CREATE TABLE app_outbox (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    type TEXT NOT NULL,
    payload TEXT NOT NULL,
    created_at TEXT NOT NULL,
    dispatched_at TEXT NULL
);

CREATE INDEX ix_app_outbox_pending ON app_outbox (dispatched_at, seq);
