CREATE TABLE doc_documents (
    id TEXT NOT NULL PRIMARY KEY,
    cooperative_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    file_name TEXT NOT NULL,
    content_type TEXT NOT NULL,
    size_bytes INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    issued_on TEXT NULL,
    expires_on TEXT NULL,
    uploaded_at TEXT NOT NULL,
    uploaded_by TEXT NULL,
    deleted_at TEXT NULL,
    deleted_by TEXT NULL,
    purged_at TEXT NULL
);

CREATE INDEX ix_doc_documents_cooperative ON doc_documents (cooperative_id, deleted_at);
CREATE INDEX ix_doc_documents_sha256 ON doc_documents (sha256);
CREATE INDEX ix_doc_documents_deleted ON doc_documents (deleted_at, purged_at);
CREATE INDEX ix_doc_documents_expires ON doc_documents (expires_on);
