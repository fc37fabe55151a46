CREATE TABLE app_webhooks (
    id UNIQUEIDENTIFIER NOT NULL PRIMARY KEY,
    url NVARCHAR(2000) NOT NULL,
    event_types NVARCHAR(MAX) NOT NULL,
    region_code NVARCHAR(10) NULL,
    description NVARCHAR(500) NULL,
    secret NVARCHAR(200) NOT NULL,
    active BIT NOT NULL,
    created_at DATETIMEOFFSET NOT NULL,
    created_by NVARCHAR(300) NULL
);

CREATE TABLE app_webhook_deliveries (
    id UNIQUEIDENTIFIER NOT NULL PRIMARY KEY,
    webhook_id UNIQUEIDENTIFIER NOT NULL REFERENCES app_webhooks (id),
    outbox_id UNIQUEIDENTIFIER NOT NULL,
    event_type NVARCHAR(100) NOT NULL,
    payload NVARCHAR(MAX) NOT NULL,
    status NVARCHAR(20) NOT NULL,
    attempts INT NOT NULL,
    next_attempt_at DATETIMEOFFSET NOT NULL,
    claimed_until DATETIMEOFFSET NULL,
    last_status_code INT NULL,
    last_error NVARCHAR(1000) NULL,
    created_at DATETIMEOFFSET NOT NULL,
    delivered_at DATETIMEOFFSET NULL
);

CREATE UNIQUE INDEX ux_app_webhook_deliveries_outbox ON app_webhook_deliveries (webhook_id, outbox_id);
CREATE INDEX ix_app_webhook_deliveries_due ON app_webhook_deliveries (status, next_attempt_at);
CREATE INDEX ix_app_webhook_deliveries_webhook ON app_webhook_deliveries (webhook_id, created_at);
