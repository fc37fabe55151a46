-- Identity's tables take their own prefix (ADR 0004): app_ is the platform's (schema versions, outbox,
-- idempotency, audit), so the architecture test can tell Identity's SQL from the platform's.
ALTER TABLE app_users RENAME TO idn_users;
DROP INDEX ux_app_users_email_key;
CREATE UNIQUE INDEX ux_idn_users_email_key ON idn_users (email_key);

ALTER TABLE app_api_keys RENAME TO idn_api_keys;
DROP INDEX ux_app_api_keys_prefix;
CREATE UNIQUE INDEX ux_idn_api_keys_prefix ON idn_api_keys (prefix);
