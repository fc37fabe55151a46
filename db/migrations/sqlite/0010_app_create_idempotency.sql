CREATE TABLE app_idempotency (
    idempotency_key TEXT NOT NULL PRIMARY KEY,
    request_hash TEXT NOT NULL,
    status INTEGER NOT NULL,
    content_type TEXT NULL,
    location TEXT NULL,
    etag TEXT NULL,
    body TEXT NULL,
    created_at TEXT NOT NULL
);

CREATE INDEX ix_app_idempotency_created ON app_idempotency (created_at);
