-- What the scheduler has queued (reminders the day before an event, calls closing in three days, mandates ending within
-- 60 days): one row per kind, subject (the event, call or mandate) and recipient, written in the transaction of the
-- messages, so no reminder repeats across restarts or instances.
CREATE TABLE ntf_schedule (
    kind TEXT NOT NULL,
    subject_id TEXT NOT NULL,
    recipient_key TEXT NOT NULL,
    trigger_id TEXT NOT NULL,
    queued_at TEXT NOT NULL,
    PRIMARY KEY (kind, subject_id, recipient_key)
);
