CREATE TABLE doc_documents (
    id UNIQUEIDENTIFIER NOT NULL PRIMARY KEY,
    cooperative_id UNIQUEIDENTIFIER NOT NULL,
    kind NVARCHAR(40) NOT NULL,
    file_name NVARCHAR(200) NOT NULL,
    content_type NVARCHAR(100) NOT NULL,
    size_bytes BIGINT NOT NULL,
    sha256 CHAR(64) NOT NULL,
    issued_on DATE NULL,
    expires_on DATE NULL,
    uploaded_at DATETIMEOFFSET NOT NULL,
    uploaded_by NVARCHAR(300) NULL,
    deleted_at DATETIMEOFFSET NULL,
    deleted_by NVARCHAR(300) NULL,
    purged_at DATETIMEOFFSET NULL
);

CREATE INDEX ix_doc_documents_cooperative ON doc_documents (cooperative_id, deleted_at);
CREATE INDEX ix_doc_documents_sha256 ON doc_documents (sha256);
CREATE INDEX ix_doc_documents_deleted ON doc_documents (deleted_at, purged_at);
CREATE INDEX ix_doc_documents_expires ON doc_documents (expires_on);
