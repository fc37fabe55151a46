-- Messages staff send to a segment of the registry (issue 18, item 3): who sent it, when, to which filters, the texts
-- in each language, the audience confirmed at the preview (its fingerprint and counts) and how far the fan-out went.
-- The messages themselves are rows of ntf_messages whose trigger_id is the campaign's id (unique per recipient and
-- channel: a campaign never reaches a person twice on a channel, whatever restarts).
CREATE TABLE ntf_campaigns (
    id TEXT NOT NULL PRIMARY KEY,
    created_by TEXT NULL,
    created_by_name TEXT NOT NULL,
    created_at TEXT NOT NULL,
    filter_json TEXT NOT NULL,
    regions TEXT NULL,
    texts_json TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    cooperatives INTEGER NOT NULL,
    planned_inapp INTEGER NOT NULL,
    planned_email INTEGER NOT NULL,
    planned_sms INTEGER NOT NULL,
    total INTEGER NOT NULL,
    status TEXT NOT NULL,
    claimed_until TEXT NULL,
    fanned_out_at TEXT NULL
);

CREATE INDEX ix_ntf_campaigns_created ON ntf_campaigns (created_at);
CREATE INDEX ix_ntf_campaigns_status ON ntf_campaigns (status);
