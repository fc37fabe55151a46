-- Law 09-08: what each person (an account, or a cooperative's registry contact) chose to receive, per topic and
-- channel, with where the choice came from, when and who made it. Nothing stored means the default (ADR 0024).
CREATE TABLE ntf_preferences (
    recipient_id UNIQUEIDENTIFIER NOT NULL,
    recipient_kind NVARCHAR(20) NOT NULL,
    topic NVARCHAR(40) NOT NULL,
    channel NVARCHAR(20) NOT NULL,
    enabled BIT NOT NULL,
    source NVARCHAR(40) NOT NULL,
    changed_by UNIQUEIDENTIFIER NULL,
    changed_at DATETIMEOFFSET NOT NULL,
    CONSTRAINT pk_ntf_preferences PRIMARY KEY (recipient_id, recipient_kind, topic, channel)
);

-- Every change of consent, never updated: the proof of who agreed or objected, when and how.
CREATE TABLE ntf_consents (
    id UNIQUEIDENTIFIER NOT NULL PRIMARY KEY,
    recipient_id UNIQUEIDENTIFIER NOT NULL,
    recipient_kind NVARCHAR(20) NOT NULL,
    topic NVARCHAR(40) NOT NULL,
    channel NVARCHAR(20) NOT NULL,
    enabled BIT NOT NULL,
    source NVARCHAR(40) NOT NULL,
    changed_by UNIQUEIDENTIFIER NULL,
    changed_at DATETIMEOFFSET NOT NULL
);

CREATE INDEX ix_ntf_consents_recipient ON ntf_consents (recipient_id, recipient_kind, changed_at);

-- Secrets the module generates on first use when configuration gives none (the unsubscribe links' signing key).
CREATE TABLE ntf_secrets (
    name NVARCHAR(100) NOT NULL PRIMARY KEY,
    value NVARCHAR(400) NOT NULL,
    created_at DATETIMEOFFSET NOT NULL
);
