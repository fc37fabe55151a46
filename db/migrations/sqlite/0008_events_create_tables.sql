CREATE TABLE evt_events (
    id TEXT NOT NULL PRIMARY KEY,
    kind TEXT NOT NULL,
    title_ar TEXT NULL,
    title_fr TEXT NULL,
    title_en TEXT NULL,
    description_ar TEXT NULL,
    description_fr TEXT NULL,
    description_en TEXT NULL,
    starts_at TEXT NOT NULL,
    ends_at TEXT NOT NULL,
    venue TEXT NOT NULL,
    region_code TEXT NOT NULL,
    province_code TEXT NULL,
    organisers TEXT NOT NULL,
    partners TEXT NOT NULL,
    program_id TEXT NULL,
    program_code TEXT NULL,
    network_id TEXT NULL,
    agenda TEXT NOT NULL,
    capacity INTEGER NULL,
    registration_opens_at TEXT NULL,
    registration_closes_at TEXT NULL,
    audience TEXT NOT NULL,
    status TEXT NOT NULL,
    walk_ins INTEGER NOT NULL,
    registration_seq INTEGER NOT NULL,
    search_text TEXT NOT NULL,
    version INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE INDEX ix_evt_events_starts ON evt_events (status, starts_at);
CREATE INDEX ix_evt_events_region ON evt_events (region_code, starts_at);

CREATE TABLE evt_registrations (
    id TEXT NOT NULL PRIMARY KEY,
    event_id TEXT NOT NULL REFERENCES evt_events (id),
    seq INTEGER NOT NULL,
    cooperative_id TEXT NULL,
    cooperative_name_ar TEXT NULL,
    cooperative_name_fr TEXT NULL,
    region_code TEXT NULL,
    women_led INTEGER NULL,
    attendee_name TEXT NULL,
    attendee_role TEXT NULL,
    status TEXT NOT NULL,
    code_hash TEXT NOT NULL,
    registered_at TEXT NOT NULL,
    cancelled_at TEXT NULL,
    checked_in_at TEXT NULL,
    promoted_at TEXT NULL
);

-- The order of arrival: waitlist positions and promotions follow it.
CREATE UNIQUE INDEX ux_evt_registrations_seq ON evt_registrations (event_id, seq);
CREATE UNIQUE INDEX ux_evt_registrations_code ON evt_registrations (code_hash);
CREATE INDEX ix_evt_registrations_status ON evt_registrations (event_id, status, seq);
CREATE INDEX ix_evt_registrations_cooperative ON evt_registrations (cooperative_id);
