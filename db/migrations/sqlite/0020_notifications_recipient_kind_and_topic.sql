-- A message reaches an account (recipient_id = the account) or a cooperative's registry contact (recipient_id = the
-- cooperative, for cooperatives without an account); its topic is what preferences and unsubscribing choose by.
ALTER TABLE ntf_messages ADD COLUMN recipient_kind TEXT NOT NULL DEFAULT 'account';
ALTER TABLE ntf_messages ADD COLUMN topic TEXT NOT NULL DEFAULT 'events';
UPDATE ntf_messages SET topic = 'applications' WHERE trigger_type = 'application.decided';
