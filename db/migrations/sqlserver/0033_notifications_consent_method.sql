-- Issue 18: how a registry contact gave or withdrew a consent that staff record (ADR 0024): a signed form, a phone call,
-- in person, a written message — and on which day the contact gave it (which may precede the day staff record it,
-- changed_at). NULL for every other source (an account's settings, an unsubscribe link, an import).
ALTER TABLE ntf_preferences ADD method NVARCHAR(40) NULL, given_on DATE NULL;
ALTER TABLE ntf_consents ADD method NVARCHAR(40) NULL, given_on DATE NULL;
