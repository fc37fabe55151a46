-- Issue 19 item 2: an account claims a cooperative by its registration number. Proved at once by a 6-digit code sent to
-- the registry's contact (only its SHA-256, keyed by the claim's id, is stored; attempts counted, short-lived), or by a
-- registration certificate stored in the cooperative's vault (doc_documents, through the Documents contract) and decided
-- by staff of the cooperative's region. The region is copied from the registry when the claim is made, for the queue.
CREATE TABLE idn_cooperative_claims (
    id UNIQUEIDENTIFIER NOT NULL PRIMARY KEY,
    user_id UNIQUEIDENTIFIER NOT NULL,
    cooperative_id UNIQUEIDENTIFIER NOT NULL,
    registration_number NVARCHAR(100) NOT NULL,
    cooperative_name NVARCHAR(300) NULL,
    region_code NVARCHAR(20) NOT NULL,
    method NVARCHAR(10) NOT NULL,
    status NVARCHAR(20) NOT NULL,
    code_hash NVARCHAR(64) NULL,
    code_attempts INT NOT NULL CONSTRAINT df_idn_cooperative_claims_attempts DEFAULT 0,
    code_expires_at DATETIMEOFFSET NULL,
    code_sent_to NVARCHAR(300) NULL,
    proof_document_id UNIQUEIDENTIFIER NULL,
    reason NVARCHAR(1000) NULL,
    created_at DATETIMEOFFSET NOT NULL,
    decided_at DATETIMEOFFSET NULL,
    decided_by NVARCHAR(200) NULL
);

CREATE INDEX ix_idn_cooperative_claims_user ON idn_cooperative_claims (user_id, cooperative_id, status);
CREATE INDEX ix_idn_cooperative_claims_queue ON idn_cooperative_claims (status, region_code, created_at);
