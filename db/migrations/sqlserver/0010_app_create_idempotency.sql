CREATE TABLE app_idempotency (
    idempotency_key NVARCHAR(450) NOT NULL PRIMARY KEY,
    request_hash NVARCHAR(100) NOT NULL,
    status INT NOT NULL,
    content_type NVARCHAR(200) NULL,
    location NVARCHAR(2000) NULL,
    etag NVARCHAR(100) NULL,
    body NVARCHAR(MAX) NULL,
    created_at DATETIMEOFFSET NOT NULL
);

CREATE INDEX ix_app_idempotency_created ON app_idempotency (created_at);
