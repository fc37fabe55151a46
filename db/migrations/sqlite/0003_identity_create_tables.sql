CREATE TABLE app_users (
    id TEXT NOT NULL PRIMARY KEY,
    email TEXT NOT NULL,
    email_key TEXT NOT NULL,
    display_name TEXT NOT NULL,
    language TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    roles TEXT NOT NULL,
    regions TEXT NOT NULL,
    cooperatives TEXT NOT NULL,
    networks TEXT NOT NULL,
    disabled INTEGER NOT NULL,
    failed_sign_ins INTEGER NOT NULL,
    locked_until TEXT NULL,
    last_sign_in_at TEXT NULL,
    version INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE UNIQUE INDEX ux_app_users_email_key ON app_users (email_key);

CREATE TABLE app_api_keys (
    id TEXT NOT NULL PRIMARY KEY,
    name TEXT NOT NULL,
    prefix TEXT NOT NULL,
    secret_hash TEXT NOT NULL,
    roles TEXT NOT NULL,
    regions TEXT NOT NULL,
    cooperatives TEXT NOT NULL,
    networks TEXT NOT NULL,
    expires_at TEXT NULL,
    revoked_at TEXT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NULL,
    last_used_at TEXT NULL
);

CREATE UNIQUE INDEX ux_app_api_keys_prefix ON app_api_keys (prefix);

CREATE TABLE app_audit (
    id TEXT NOT NULL PRIMARY KEY,
    occurred_at TEXT NOT NULL,
    actor_type TEXT NOT NULL,
    actor_id TEXT NULL,
    actor_name TEXT NOT NULL,
    operation TEXT NOT NULL,
    entity_type TEXT NOT NULL,
    entity_id TEXT NULL,
    before_json TEXT NULL,
    after_json TEXT NULL
);

CREATE INDEX ix_app_audit_entity ON app_audit (entity_type, entity_id, occurred_at);
CREATE INDEX ix_app_audit_occurred_at ON app_audit (occurred_at);
CREATE INDEX ix_app_audit_actor ON app_audit (actor_name, occurred_at);
