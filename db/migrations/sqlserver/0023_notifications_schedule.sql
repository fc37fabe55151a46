-- What the scheduler has queued (reminders the day before an event, calls closing in three days, mandates ending within
-- 60 days): one row per kind, subject (the event, call or mandate) and recipient, written in the transaction of the
-- messages, so no reminder repeats across restarts or instances.
CREATE TABLE ntf_schedule (
    kind NVARCHAR(40) NOT NULL,
    subject_id UNIQUEIDENTIFIER NOT NULL,
    recipient_key NVARCHAR(60) NOT NULL,
    trigger_id UNIQUEIDENTIFIER NOT NULL,
    queued_at DATETIMEOFFSET NOT NULL,
    CONSTRAINT pk_ntf_schedule PRIMARY KEY (kind, subject_id, recipient_key)
);
