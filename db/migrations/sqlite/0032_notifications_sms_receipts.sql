-- Issue 18: SMS delivery receipts (ADR 0023). The provider's id of a message it accepted (Twilio's MessageSid, SM…),
-- by which its status callback finds the message, and the final state the callback reported: delivered, undelivered
-- or failed, with the provider's error code and when it arrived. NULL: no receipt (yet, or none will come).
ALTER TABLE ntf_messages ADD COLUMN provider_id TEXT NULL;
ALTER TABLE ntf_messages ADD COLUMN receipt TEXT NULL;
ALTER TABLE ntf_messages ADD COLUMN receipt_error TEXT NULL;
ALTER TABLE ntf_messages ADD COLUMN receipt_at TEXT NULL;

CREATE INDEX ix_ntf_messages_provider ON ntf_messages (provider_id);
