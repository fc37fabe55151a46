CREATE TABLE evt_events (
    id UNIQUEIDENTIFIER NOT NULL PRIMARY KEY,
    kind NVARCHAR(100) NOT NULL,
    title_ar NVARCHAR(300) NULL,
    title_fr NVARCHAR(300) NULL,
    title_en NVARCHAR(300) NULL,
    description_ar NVARCHAR(MAX) NULL,
    description_fr NVARCHAR(MAX) NULL,
    description_en NVARCHAR(MAX) NULL,
    starts_at DATETIMEOFFSET NOT NULL,
    ends_at DATETIMEOFFSET NOT NULL,
    venue NVARCHAR(MAX) NOT NULL,
    region_code NVARCHAR(100) NOT NULL,
    province_code NVARCHAR(100) NULL,
    organisers NVARCHAR(MAX) NOT NULL,
    partners NVARCHAR(MAX) NOT NULL,
    program_id UNIQUEIDENTIFIER NULL,
    program_code NVARCHAR(100) NULL,
    network_id UNIQUEIDENTIFIER NULL,
    agenda NVARCHAR(MAX) NOT NULL,
    capacity INT NULL,
    registration_opens_at DATETIMEOFFSET NULL,
    registration_closes_at DATETIMEOFFSET NULL,
    audience NVARCHAR(100) NOT NULL,
    status NVARCHAR(100) NOT NULL,
    walk_ins INT NOT NULL,
    registration_seq INT NOT NULL,
    search_text NVARCHAR(2000) NOT NULL,
    version INT NOT NULL,
    created_at DATETIMEOFFSET NOT NULL,
    updated_at DATETIMEOFFSET NOT NULL
);

CREATE INDEX ix_evt_events_starts ON evt_events (status, starts_at);
CREATE INDEX ix_evt_events_region ON evt_events (region_code, starts_at);

CREATE TABLE evt_registrations (
    id UNIQUEIDENTIFIER NOT NULL PRIMARY KEY,
    event_id UNIQUEIDENTIFIER NOT NULL REFERENCES evt_events (id),
    seq INT NOT NULL,
    cooperative_id UNIQUEIDENTIFIER NULL,
    cooperative_name_ar NVARCHAR(300) NULL,
    cooperative_name_fr NVARCHAR(300) NULL,
    region_code NVARCHAR(100) NULL,
    women_led BIT NULL,
    attendee_name NVARCHAR(300) NULL,
    attendee_role NVARCHAR(300) NULL,
    status NVARCHAR(100) NOT NULL,
    code_hash NVARCHAR(100) NOT NULL,
    registered_at DATETIMEOFFSET NOT NULL,
    cancelled_at DATETIMEOFFSET NULL,
    checked_in_at DATETIMEOFFSET NULL,
    promoted_at DATETIMEOFFSET NULL
);

-- The order of arrival: waitlist positions and promotions follow it.
CREATE UNIQUE INDEX ux_evt_registrations_seq ON evt_registrations (event_id, seq);
CREATE UNIQUE INDEX ux_evt_registrations_code ON evt_registrations (code_hash);
CREATE INDEX ix_evt_registrations_status ON evt_registrations (event_id, status, seq);
CREATE INDEX ix_evt_registrations_cooperative ON evt_registrations (cooperative_id);
