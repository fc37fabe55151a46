CREATE TABLE app_users (
    id UNIQUEIDENTIFIER NOT NULL PRIMARY KEY,
    email NVARCHAR(200) NOT NULL,
    email_key NVARCHAR(200) NOT NULL,
    display_name NVARCHAR(200) NOT NULL,
    language NVARCHAR(5) NOT NULL,
    password_hash NVARCHAR(400) NOT NULL,
    roles NVARCHAR(400) NOT NULL,
    regions NVARCHAR(400) NOT NULL,
    cooperatives NVARCHAR(MAX) NOT NULL,
    networks NVARCHAR(MAX) NOT NULL,
    disabled BIT NOT NULL,
    failed_sign_ins INT NOT NULL,
    locked_until DATETIMEOFFSET NULL,
    last_sign_in_at DATETIMEOFFSET NULL,
    version INT NOT NULL,
    created_at DATETIMEOFFSET NOT NULL,
    updated_at DATETIMEOFFSET NOT NULL
);

CREATE UNIQUE INDEX ux_app_users_email_key ON app_users (email_key);

CREATE TABLE app_api_keys (
    id UNIQUEIDENTIFIER NOT NULL PRIMARY KEY,
    name NVARCHAR(200) NOT NULL,
    prefix NVARCHAR(40) NOT NULL,
    secret_hash NVARCHAR(100) NOT NULL,
    roles NVARCHAR(400) NOT NULL,
    regions NVARCHAR(400) NOT NULL,
    cooperatives NVARCHAR(MAX) NOT NULL,
    networks NVARCHAR(MAX) NOT NULL,
    expires_at DATETIMEOFFSET NULL,
    revoked_at DATETIMEOFFSET NULL,
    created_at DATETIMEOFFSET NOT NULL,
    created_by NVARCHAR(200) NULL,
    last_used_at DATETIMEOFFSET NULL
);

CREATE UNIQUE INDEX ux_app_api_keys_prefix ON app_api_keys (prefix);

CREATE TABLE app_audit (
    id UNIQUEIDENTIFIER NOT NULL PRIMARY KEY NONCLUSTERED,
    occurred_at DATETIMEOFFSET NOT NULL,
    actor_type NVARCHAR(20) NOT NULL,
    actor_id NVARCHAR(40) NULL,
    actor_name NVARCHAR(200) NOT NULL,
    operation NVARCHAR(100) NOT NULL,
    entity_type NVARCHAR(100) NOT NULL,
    entity_id NVARCHAR(100) NULL,
    before_json NVARCHAR(MAX) NULL,
    after_json NVARCHAR(MAX) NULL
);

CREATE CLUSTERED INDEX cx_app_audit_occurred_at ON app_audit (occurred_at);
CREATE INDEX ix_app_audit_entity ON app_audit (entity_type, entity_id, occurred_at);
CREATE INDEX ix_app_audit_actor ON app_audit (actor_name, occurred_at);
