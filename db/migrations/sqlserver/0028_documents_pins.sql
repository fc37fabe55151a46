-- Issue 19 item 5 (ADR 0030): a submitted application pins the vault documents it picked. The pin keeps what the
-- document was (name, kind, type, size, hash, dates) and its content: the purge never deletes a blob a pin names.
CREATE TABLE doc_pins (
    holder_kind NVARCHAR(40) NOT NULL,
    holder_id UNIQUEIDENTIFIER NOT NULL,
    document_id UNIQUEIDENTIFIER NOT NULL,
    cooperative_id UNIQUEIDENTIFIER NOT NULL,
    kind NVARCHAR(40) NOT NULL,
    file_name NVARCHAR(200) NOT NULL,
    content_type NVARCHAR(100) NOT NULL,
    size_bytes BIGINT NOT NULL,
    sha256 CHAR(64) NOT NULL,
    issued_on DATE NULL,
    expires_on DATE NULL,
    uploaded_at DATETIMEOFFSET NOT NULL,
    pinned_at DATETIMEOFFSET NOT NULL,
    CONSTRAINT pk_doc_pins PRIMARY KEY (holder_kind, holder_id, document_id)
);

CREATE INDEX ix_doc_pins_sha256 ON doc_pins (sha256);
