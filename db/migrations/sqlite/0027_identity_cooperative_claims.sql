-- Issue 19 item 2: an account claims a cooperative by its registration number. Proved at once by a 6-digit code sent to
-- the registry's contact (only its SHA-256, keyed by the claim's id, is stored; attempts counted, short-lived), or by a
-- registration certificate stored in the cooperative's vault (doc_documents, through the Documents contract) and decided
-- by staff of the cooperative's region. The region is copied from the registry when the claim is made, for the queue.
CREATE TABLE idn_cooperative_claims (
    id TEXT NOT NULL PRIMARY KEY,
    user_id TEXT NOT NULL,
    cooperative_id TEXT NOT NULL,
    registration_number TEXT NOT NULL,
    cooperative_name TEXT NULL,
    region_code TEXT NOT NULL,
    method TEXT NOT NULL,
    status TEXT NOT NULL,
    code_hash TEXT NULL,
    code_attempts INTEGER NOT NULL DEFAULT 0,
    code_expires_at TEXT NULL,
    code_sent_to TEXT NULL,
    proof_document_id TEXT NULL,
    reason TEXT NULL,
    created_at TEXT NOT NULL,
    decided_at TEXT NULL,
    decided_by TEXT NULL
);

CREATE INDEX ix_idn_cooperative_claims_user ON idn_cooperative_claims (user_id, cooperative_id, status);
CREATE INDEX ix_idn_cooperative_claims_queue ON idn_cooperative_claims (status, region_code, created_at);
