CREATE TABLE app_outbox (
    seq BIGINT IDENTITY(1, 1) NOT NULL PRIMARY KEY,
    id UNIQUEIDENTIFIER NOT NULL UNIQUE,
    type NVARCHAR(100) NOT NULL,
    payload NVARCHAR(MAX) NOT NULL,
    created_at DATETIMEOFFSET NOT NULL,
    dispatched_at DATETIMEOFFSET NULL
);

CREATE INDEX ix_app_outbox_pending ON app_outbox (dispatched_at, seq);
