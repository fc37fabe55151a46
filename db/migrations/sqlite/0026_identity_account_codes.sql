-- Issue 19: self-service accounts. A single-use secret sent to an account's address: a password reset or the
-- verification of a new account. Only hashes are stored (SHA-256 of the link's token and of the 6-digit code, keyed by
-- the row's id); a row is spent once used, expired after its lifetime, and burnt after too many wrong codes.
CREATE TABLE idn_account_codes (
    id TEXT NOT NULL PRIMARY KEY,
    user_id TEXT NOT NULL,
    purpose TEXT NOT NULL,
    token_hash TEXT NOT NULL,
    code_hash TEXT NOT NULL,
    attempts INTEGER NOT NULL,
    expires_at TEXT NOT NULL,
    used_at TEXT NULL,
    created_at TEXT NOT NULL
);

CREATE UNIQUE INDEX ux_idn_account_codes_token ON idn_account_codes (token_hash);
CREATE INDEX ix_idn_account_codes_user ON idn_account_codes (user_id, purpose, created_at);

-- An account created by sign-up waits for its address to be confirmed before it can sign in; every account an
-- administrator created, before or after, is confirmed (0).
ALTER TABLE idn_users ADD COLUMN pending_verification INTEGER NOT NULL DEFAULT 0;
