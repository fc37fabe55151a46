CREATE TABLE prog_programs (
    id TEXT NOT NULL PRIMARY KEY,
    code TEXT NOT NULL,
    code_key TEXT NOT NULL,
    name_ar TEXT NULL,
    name_fr TEXT NULL,
    name_en TEXT NULL,
    goals TEXT NOT NULL,
    partners TEXT NOT NULL,
    budget NUMERIC NULL,
    currency TEXT NOT NULL,
    starts_on TEXT NULL,
    ends_on TEXT NULL,
    regions TEXT NOT NULL,
    sectors TEXT NOT NULL,
    support_axes TEXT NOT NULL,
    indicators TEXT NOT NULL,
    search_text TEXT NOT NULL,
    version INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE UNIQUE INDEX ux_prog_programs_code_key ON prog_programs (code_key);

CREATE TABLE prog_calls (
    id TEXT NOT NULL PRIMARY KEY,
    program_id TEXT NOT NULL REFERENCES prog_programs (id),
    title_ar TEXT NULL,
    title_fr TEXT NULL,
    title_en TEXT NULL,
    description_ar TEXT NULL,
    description_fr TEXT NULL,
    description_en TEXT NULL,
    opens_at TEXT NOT NULL,
    closes_at TEXT NOT NULL,
    status TEXT NOT NULL,
    rules TEXT NOT NULL,
    documents TEXT NOT NULL,
    criteria TEXT NOT NULL,
    places INTEGER NOT NULL,
    version INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE INDEX ix_prog_calls_program ON prog_calls (program_id);
CREATE INDEX ix_prog_calls_closes ON prog_calls (status, closes_at);

CREATE TABLE prog_applications (
    id TEXT NOT NULL PRIMARY KEY,
    call_id TEXT NOT NULL REFERENCES prog_calls (id),
    program_id TEXT NOT NULL REFERENCES prog_programs (id),
    cooperative_id TEXT NOT NULL,
    cooperative_name_ar TEXT NULL,
    cooperative_name_fr TEXT NULL,
    region_code TEXT NOT NULL,
    province_code TEXT NOT NULL,
    sectors TEXT NOT NULL,
    women_led INTEGER NOT NULL,
    status TEXT NOT NULL,
    answers TEXT NOT NULL,
    documents TEXT NOT NULL,
    eligibility TEXT NOT NULL,
    eligibility_overridden INTEGER NOT NULL,
    submitted_at TEXT NULL,
    decision_reason TEXT NULL,
    version INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

-- One application per cooperative per call.
CREATE UNIQUE INDEX ux_prog_applications_call_cooperative ON prog_applications (call_id, cooperative_id);
CREATE INDEX ix_prog_applications_cooperative ON prog_applications (cooperative_id, status);
CREATE INDEX ix_prog_applications_program ON prog_applications (program_id, status);

CREATE TABLE prog_application_history (
    id TEXT NOT NULL PRIMARY KEY,
    application_id TEXT NOT NULL REFERENCES prog_applications (id),
    sequence INTEGER NOT NULL,
    from_status TEXT NULL,
    to_status TEXT NOT NULL,
    reason TEXT NULL,
    actor TEXT NOT NULL,
    at TEXT NOT NULL
);

CREATE UNIQUE INDEX ux_prog_application_history_sequence ON prog_application_history (application_id, sequence);

CREATE TABLE prog_reviewers (
    call_id TEXT NOT NULL REFERENCES prog_calls (id),
    reviewer_id TEXT NOT NULL,
    reviewer_name TEXT NOT NULL,
    cooperatives TEXT NOT NULL,
    assigned_at TEXT NOT NULL,
    PRIMARY KEY (call_id, reviewer_id)
);

CREATE TABLE prog_reviews (
    id TEXT NOT NULL PRIMARY KEY,
    application_id TEXT NOT NULL REFERENCES prog_applications (id),
    call_id TEXT NOT NULL REFERENCES prog_calls (id),
    reviewer_id TEXT NOT NULL,
    reviewer_name TEXT NOT NULL,
    scores TEXT NOT NULL,
    weighted_score NUMERIC NOT NULL,
    comment TEXT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE UNIQUE INDEX ux_prog_reviews_application_reviewer ON prog_reviews (application_id, reviewer_id);
CREATE INDEX ix_prog_reviews_call ON prog_reviews (call_id);

CREATE TABLE prog_support (
    id TEXT NOT NULL PRIMARY KEY,
    application_id TEXT NOT NULL REFERENCES prog_applications (id),
    program_id TEXT NOT NULL REFERENCES prog_programs (id),
    axis TEXT NOT NULL,
    kind TEXT NOT NULL,
    amount NUMERIC NULL,
    delivered_on TEXT NOT NULL,
    description TEXT NULL,
    created_at TEXT NOT NULL
);

CREATE INDEX ix_prog_support_program ON prog_support (program_id);
CREATE INDEX ix_prog_support_application ON prog_support (application_id);

CREATE TABLE prog_outcomes (
    id TEXT NOT NULL PRIMARY KEY,
    application_id TEXT NOT NULL REFERENCES prog_applications (id),
    program_id TEXT NOT NULL REFERENCES prog_programs (id),
    indicator TEXT NOT NULL,
    value NUMERIC NOT NULL,
    measured_on TEXT NOT NULL,
    note TEXT NULL,
    created_at TEXT NOT NULL
);

CREATE INDEX ix_prog_outcomes_program ON prog_outcomes (program_id, indicator);
CREATE UNIQUE INDEX ux_prog_outcomes_measure ON prog_outcomes (application_id, indicator, measured_on);
