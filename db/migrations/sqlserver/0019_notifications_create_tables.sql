CREATE TABLE ntf_cursor (
    id INT NOT NULL PRIMARY KEY,
    last_seq BIGINT NOT NULL,
    updated_at DATETIMEOFFSET NULL
);

CREATE TABLE ntf_messages (
    id UNIQUEIDENTIFIER NOT NULL PRIMARY KEY,
    trigger_id UNIQUEIDENTIFIER NOT NULL,
    trigger_type NVARCHAR(100) NOT NULL,
    recipient_id UNIQUEIDENTIFIER NOT NULL,
    channel NVARCHAR(20) NOT NULL,
    address NVARCHAR(320) NULL,
    language NVARCHAR(5) NOT NULL,
    subject NVARCHAR(300) NOT NULL,
    body NVARCHAR(MAX) NOT NULL,
    link NVARCHAR(2000) NULL,
    status NVARCHAR(20) NOT NULL,
    attempts INT NOT NULL,
    next_attempt_at DATETIMEOFFSET NOT NULL,
    claimed_until DATETIMEOFFSET NULL,
    last_answer NVARCHAR(1000) NULL,
    created_at DATETIMEOFFSET NOT NULL,
    sent_at DATETIMEOFFSET NULL,
    read_at DATETIMEOFFSET NULL
);

CREATE UNIQUE INDEX ux_ntf_messages_trigger ON ntf_messages (trigger_id, recipient_id, channel);
CREATE INDEX ix_ntf_messages_due ON ntf_messages (status, next_attempt_at);
CREATE INDEX ix_ntf_messages_inbox ON ntf_messages (recipient_id, channel, created_at);

-- Notifications start at the end of the outbox: what was announced before this version is not sent to people.
INSERT INTO ntf_cursor (id, last_seq, updated_at) SELECT 1, COALESCE(MAX(seq), 0), NULL FROM app_outbox;
