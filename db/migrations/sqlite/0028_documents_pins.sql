-- Issue 19 item 5 (ADR 0030): a submitted application pins the vault documents it picked. The pin keeps what the
-- document was (name, kind, type, size, hash, dates) and its content: the purge never deletes a blob a pin names.
CREATE TABLE doc_pins (
    holder_kind TEXT NOT NULL,
    holder_id TEXT NOT NULL,
    document_id TEXT NOT NULL,
    cooperative_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    file_name TEXT NOT NULL,
    content_type TEXT NOT NULL,
    size_bytes INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    issued_on TEXT NULL,
    expires_on TEXT NULL,
    uploaded_at TEXT NOT NULL,
    pinned_at TEXT NOT NULL,
    PRIMARY KEY (holder_kind, holder_id, document_id)
);

CREATE INDEX ix_doc_pins_sha256 ON doc_pins (sha256);
