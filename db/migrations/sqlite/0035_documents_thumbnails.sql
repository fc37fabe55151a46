-- Issue 19 item 6: the vault shows a small picture of each image. thumbnail_sha256 is the blob key (SHA-256, the same
-- content-addressed store as sha256) of a WebP at most 160 px on its longer side, drawn at upload from the stored
-- image; PDFs and documents uploaded before this migration have none (NULL).
ALTER TABLE doc_documents ADD COLUMN thumbnail_sha256 TEXT NULL;
