-- A message reaches an account (recipient_id = the account) or a cooperative's registry contact (recipient_id = the
-- cooperative, for cooperatives without an account); its topic is what preferences and unsubscribing choose by.
ALTER TABLE ntf_messages ADD recipient_kind NVARCHAR(20) NOT NULL CONSTRAINT df_ntf_messages_recipient_kind DEFAULT 'account';
ALTER TABLE ntf_messages ADD topic NVARCHAR(40) NOT NULL CONSTRAINT df_ntf_messages_topic DEFAULT 'events';
GO
UPDATE ntf_messages SET topic = 'applications' WHERE trigger_type = 'application.decided';
