-- Issue 19: self-service accounts. A single-use secret sent to an account's address: a password reset or the
-- verification of a new account. Only hashes are stored (SHA-256 of the link's token and of the 6-digit code, keyed by
-- the row's id); a row is spent once used, expired after its lifetime, and burnt after too many wrong codes.
CREATE TABLE idn_account_codes (
    id UNIQUEIDENTIFIER NOT NULL PRIMARY KEY,
    user_id UNIQUEIDENTIFIER NOT NULL,
    purpose NVARCHAR(20) NOT NULL,
    token_hash NVARCHAR(64) NOT NULL,
    code_hash NVARCHAR(64) NOT NULL,
    attempts INT NOT NULL,
    expires_at DATETIMEOFFSET NOT NULL,
    used_at DATETIMEOFFSET NULL,
    created_at DATETIMEOFFSET NOT NULL
);

CREATE UNIQUE INDEX ux_idn_account_codes_token ON idn_account_codes (token_hash);
CREATE INDEX ix_idn_account_codes_user ON idn_account_codes (user_id, purpose, created_at);

-- An account created by sign-up waits for its address to be confirmed before it can sign in; every account an
-- administrator created, before or after, is confirmed (0).
ALTER TABLE idn_users ADD pending_verification BIT NOT NULL CONSTRAINT df_idn_users_pending_verification DEFAULT 0;
