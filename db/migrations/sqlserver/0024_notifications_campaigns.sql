-- Messages staff send to a segment of the registry (issue 18, item 3): who sent it, when, to which filters, the texts
-- in each language, the audience confirmed at the preview (its fingerprint and counts) and how far the fan-out went.
-- The messages themselves are rows of ntf_messages whose trigger_id is the campaign's id (unique per recipient and
-- channel: a campaign never reaches a person twice on a channel, whatever restarts).
CREATE TABLE ntf_campaigns (
    id UNIQUEIDENTIFIER NOT NULL PRIMARY KEY,
    created_by UNIQUEIDENTIFIER NULL,
    created_by_name NVARCHAR(200) NOT NULL,
    created_at DATETIMEOFFSET NOT NULL,
    filter_json NVARCHAR(1000) NOT NULL,
    regions NVARCHAR(400) NULL,
    texts_json NVARCHAR(MAX) NOT NULL,
    fingerprint NVARCHAR(64) NOT NULL,
    cooperatives INT NOT NULL,
    planned_inapp INT NOT NULL,
    planned_email INT NOT NULL,
    planned_sms INT NOT NULL,
    total INT NOT NULL,
    status NVARCHAR(20) NOT NULL,
    claimed_until DATETIMEOFFSET NULL,
    fanned_out_at DATETIMEOFFSET NULL
);

CREATE INDEX ix_ntf_campaigns_created ON ntf_campaigns (created_at);
CREATE INDEX ix_ntf_campaigns_status ON ntf_campaigns (status);
