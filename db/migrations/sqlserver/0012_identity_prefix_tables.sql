-- Identity's tables take their own prefix (ADR 0004): app_ is the platform's (schema versions, outbox,
-- idempotency, audit), so the architecture test can tell Identity's SQL from the platform's.
EXEC sp_rename N'app_users', N'idn_users';
EXEC sp_rename N'idn_users.ux_app_users_email_key', N'ux_idn_users_email_key', N'INDEX';

EXEC sp_rename N'app_api_keys', N'idn_api_keys';
EXEC sp_rename N'idn_api_keys.ux_app_api_keys_prefix', N'ux_idn_api_keys_prefix', N'INDEX';
