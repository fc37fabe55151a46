CREATE TABLE app_webhooks (
    id TEXT NOT NULL PRIMARY KEY,
    url TEXT NOT NULL,
    event_types TEXT NOT NULL,
    region_code TEXT NULL,
    description TEXT NULL,
    secret TEXT NOT NULL,
    active INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NULL
);

CREATE TABLE app_webhook_deliveries (
    id TEXT NOT NULL PRIMARY KEY,
    webhook_id TEXT NOT NULL REFERENCES app_webhooks (id),
    outbox_id TEXT NOT NULL,
    event_type TEXT NOT NULL,
    payload TEXT NOT NULL,
    status TEXT NOT NULL,
    attempts INTEGER NOT NULL,
    next_attempt_at TEXT NOT NULL,
    claimed_until TEXT NULL,
    last_status_code INTEGER NULL,
    last_error TEXT NULL,
    created_at TEXT NOT NULL,
    delivered_at TEXT NULL
);

CREATE UNIQUE INDEX ux_app_webhook_deliveries_outbox ON app_webhook_deliveries (webhook_id, outbox_id);
CREATE INDEX ix_app_webhook_deliveries_due ON app_webhook_deliveries (status, next_attempt_at);
CREATE INDEX ix_app_webhook_deliveries_webhook ON app_webhook_deliveries (webhook_id, created_at);
