CREATE TABLE prog_programs (
    id UNIQUEIDENTIFIER NOT NULL PRIMARY KEY,
    code NVARCHAR(60) NOT NULL,
    code_key NVARCHAR(60) NOT NULL,
    name_ar NVARCHAR(300) NULL,
    name_fr NVARCHAR(300) NULL,
    name_en NVARCHAR(300) NULL,
    goals NVARCHAR(MAX) NOT NULL,
    partners NVARCHAR(MAX) NOT NULL,
    budget DECIMAL(18, 2) NULL,
    currency NVARCHAR(60) NOT NULL,
    starts_on DATE NULL,
    ends_on DATE NULL,
    regions NVARCHAR(MAX) NOT NULL,
    sectors NVARCHAR(MAX) NOT NULL,
    support_axes NVARCHAR(MAX) NOT NULL,
    indicators NVARCHAR(MAX) NOT NULL,
    search_text NVARCHAR(2000) NOT NULL,
    version INT NOT NULL,
    created_at DATETIMEOFFSET NOT NULL,
    updated_at DATETIMEOFFSET NOT NULL
);

CREATE UNIQUE INDEX ux_prog_programs_code_key ON prog_programs (code_key);

CREATE TABLE prog_calls (
    id UNIQUEIDENTIFIER NOT NULL PRIMARY KEY,
    program_id UNIQUEIDENTIFIER NOT NULL REFERENCES prog_programs (id),
    title_ar NVARCHAR(300) NULL,
    title_fr NVARCHAR(300) NULL,
    title_en NVARCHAR(300) NULL,
    description_ar NVARCHAR(MAX) NULL,
    description_fr NVARCHAR(MAX) NULL,
    description_en NVARCHAR(MAX) NULL,
    opens_at DATETIMEOFFSET NOT NULL,
    closes_at DATETIMEOFFSET NOT NULL,
    status NVARCHAR(60) NOT NULL,
    rules NVARCHAR(MAX) NOT NULL,
    documents NVARCHAR(MAX) NOT NULL,
    criteria NVARCHAR(MAX) NOT NULL,
    places INT NOT NULL,
    version INT NOT NULL,
    created_at DATETIMEOFFSET NOT NULL,
    updated_at DATETIMEOFFSET NOT NULL
);

CREATE INDEX ix_prog_calls_program ON prog_calls (program_id);
CREATE INDEX ix_prog_calls_closes ON prog_calls (status, closes_at);

CREATE TABLE prog_applications (
    id UNIQUEIDENTIFIER NOT NULL PRIMARY KEY,
    call_id UNIQUEIDENTIFIER NOT NULL REFERENCES prog_calls (id),
    program_id UNIQUEIDENTIFIER NOT NULL REFERENCES prog_programs (id),
    cooperative_id UNIQUEIDENTIFIER NOT NULL,
    cooperative_name_ar NVARCHAR(300) NULL,
    cooperative_name_fr NVARCHAR(300) NULL,
    region_code NVARCHAR(60) NOT NULL,
    province_code NVARCHAR(60) NOT NULL,
    sectors NVARCHAR(MAX) NOT NULL,
    women_led BIT NOT NULL,
    status NVARCHAR(60) NOT NULL,
    answers NVARCHAR(MAX) NOT NULL,
    documents NVARCHAR(MAX) NOT NULL,
    eligibility NVARCHAR(MAX) NOT NULL,
    eligibility_overridden BIT NOT NULL,
    submitted_at DATETIMEOFFSET NULL,
    decision_reason NVARCHAR(2000) NULL,
    version INT NOT NULL,
    created_at DATETIMEOFFSET NOT NULL,
    updated_at DATETIMEOFFSET NOT NULL
);

-- One application per cooperative per call.
CREATE UNIQUE INDEX ux_prog_applications_call_cooperative ON prog_applications (call_id, cooperative_id);
CREATE INDEX ix_prog_applications_cooperative ON prog_applications (cooperative_id, status);
CREATE INDEX ix_prog_applications_program ON prog_applications (program_id, status);

CREATE TABLE prog_application_history (
    id UNIQUEIDENTIFIER NOT NULL PRIMARY KEY,
    application_id UNIQUEIDENTIFIER NOT NULL REFERENCES prog_applications (id),
    sequence INT NOT NULL,
    from_status NVARCHAR(60) NULL,
    to_status NVARCHAR(60) NOT NULL,
    reason NVARCHAR(2000) NULL,
    actor NVARCHAR(300) NOT NULL,
    at DATETIMEOFFSET NOT NULL
);

CREATE UNIQUE INDEX ux_prog_application_history_sequence ON prog_application_history (application_id, sequence);

CREATE TABLE prog_reviewers (
    call_id UNIQUEIDENTIFIER NOT NULL REFERENCES prog_calls (id),
    reviewer_id UNIQUEIDENTIFIER NOT NULL,
    reviewer_name NVARCHAR(300) NOT NULL,
    cooperatives NVARCHAR(MAX) NOT NULL,
    assigned_at DATETIMEOFFSET NOT NULL,
    PRIMARY KEY (call_id, reviewer_id)
);

CREATE TABLE prog_reviews (
    id UNIQUEIDENTIFIER NOT NULL PRIMARY KEY,
    application_id UNIQUEIDENTIFIER NOT NULL REFERENCES prog_applications (id),
    call_id UNIQUEIDENTIFIER NOT NULL REFERENCES prog_calls (id),
    reviewer_id UNIQUEIDENTIFIER NOT NULL,
    reviewer_name NVARCHAR(300) NOT NULL,
    scores NVARCHAR(MAX) NOT NULL,
    weighted_score DECIMAL(9, 4) NOT NULL,
    comment NVARCHAR(2000) NULL,
    created_at DATETIMEOFFSET NOT NULL,
    updated_at DATETIMEOFFSET NOT NULL
);

CREATE UNIQUE INDEX ux_prog_reviews_application_reviewer ON prog_reviews (application_id, reviewer_id);
CREATE INDEX ix_prog_reviews_call ON prog_reviews (call_id);

CREATE TABLE prog_support (
    id UNIQUEIDENTIFIER NOT NULL PRIMARY KEY,
    application_id UNIQUEIDENTIFIER NOT NULL REFERENCES prog_applications (id),
    program_id UNIQUEIDENTIFIER NOT NULL REFERENCES prog_programs (id),
    axis NVARCHAR(60) NOT NULL,
    kind NVARCHAR(60) NOT NULL,
    amount DECIMAL(18, 2) NULL,
    delivered_on DATE NOT NULL,
    description NVARCHAR(2000) NULL,
    created_at DATETIMEOFFSET NOT NULL
);

CREATE INDEX ix_prog_support_program ON prog_support (program_id);
CREATE INDEX ix_prog_support_application ON prog_support (application_id);

CREATE TABLE prog_outcomes (
    id UNIQUEIDENTIFIER NOT NULL PRIMARY KEY,
    application_id UNIQUEIDENTIFIER NOT NULL REFERENCES prog_applications (id),
    program_id UNIQUEIDENTIFIER NOT NULL REFERENCES prog_programs (id),
    indicator NVARCHAR(60) NOT NULL,
    value DECIMAL(18, 2) NOT NULL,
    measured_on DATE NOT NULL,
    note NVARCHAR(2000) NULL,
    created_at DATETIMEOFFSET NOT NULL
);

CREATE INDEX ix_prog_outcomes_program ON prog_outcomes (program_id, indicator);
CREATE UNIQUE INDEX ux_prog_outcomes_measure ON prog_outcomes (application_id, indicator, measured_on);
