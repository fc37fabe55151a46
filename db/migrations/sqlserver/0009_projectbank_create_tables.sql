CREATE TABLE bank_ideas (
    id UNIQUEIDENTIFIER NOT NULL PRIMARY KEY,
    title_ar NVARCHAR(300) NULL,
    title_fr NVARCHAR(300) NULL,
    problem NVARCHAR(MAX) NOT NULL,
    solution NVARCHAR(MAX) NOT NULL,
    sectors NVARCHAR(MAX) NOT NULL,
    regions NVARCHAR(MAX) NOT NULL,
    beneficiaries NVARCHAR(MAX) NULL,
    investment DECIMAL(18, 2) NULL,
    jobs INT NULL,
    jobs_women INT NULL,
    jobs_youth INT NULL,
    impact_social NVARCHAR(MAX) NULL,
    impact_economic NVARCHAR(MAX) NULL,
    impact_environmental NVARCHAR(MAX) NULL,
    sdgs NVARCHAR(MAX) NOT NULL,
    attachments NVARCHAR(MAX) NOT NULL,
    cooperative_id UNIQUEIDENTIFIER NULL,
    cooperative_name_ar NVARCHAR(300) NULL,
    cooperative_name_fr NVARCHAR(300) NULL,
    submitted_by NVARCHAR(300) NOT NULL,
    status NVARCHAR(60) NOT NULL,
    curation_comment NVARCHAR(MAX) NULL,
    published_at DATETIMEOFFSET NULL,
    search_text NVARCHAR(4000) NOT NULL,
    version INT NOT NULL,
    created_at DATETIMEOFFSET NOT NULL,
    updated_at DATETIMEOFFSET NOT NULL
);

CREATE INDEX ix_bank_ideas_status ON bank_ideas (status, published_at);
CREATE INDEX ix_bank_ideas_cooperative ON bank_ideas (cooperative_id);

CREATE TABLE bank_adoptions (
    id UNIQUEIDENTIFIER NOT NULL PRIMARY KEY,
    idea_id UNIQUEIDENTIFIER NOT NULL REFERENCES bank_ideas (id),
    cooperative_id UNIQUEIDENTIFIER NOT NULL,
    cooperative_name_ar NVARCHAR(300) NULL,
    cooperative_name_fr NVARCHAR(300) NULL,
    region_code NVARCHAR(60) NOT NULL,
    adopted_on DATE NOT NULL,
    created_at DATETIMEOFFSET NOT NULL
);

CREATE UNIQUE INDEX ux_bank_adoptions_idea_cooperative ON bank_adoptions (idea_id, cooperative_id);

CREATE TABLE bank_financing_links (
    id UNIQUEIDENTIFIER NOT NULL PRIMARY KEY,
    idea_id UNIQUEIDENTIFIER NOT NULL REFERENCES bank_ideas (id),
    call_id UNIQUEIDENTIFIER NOT NULL,
    program_code NVARCHAR(60) NOT NULL,
    call_title_ar NVARCHAR(300) NULL,
    call_title_fr NVARCHAR(300) NULL,
    linked_at DATETIMEOFFSET NOT NULL
);

CREATE UNIQUE INDEX ux_bank_financing_links_idea_call ON bank_financing_links (idea_id, call_id);

CREATE TABLE bank_competitions (
    id UNIQUEIDENTIFIER NOT NULL PRIMARY KEY,
    title_ar NVARCHAR(300) NULL,
    title_fr NVARCHAR(300) NULL,
    description NVARCHAR(MAX) NULL,
    event_id UNIQUEIDENTIFIER NOT NULL,
    program_id UNIQUEIDENTIFIER NULL,
    region_code NVARCHAR(60) NULL,
    opens_at DATETIMEOFFSET NOT NULL,
    closes_at DATETIMEOFFSET NOT NULL,
    criteria NVARCHAR(MAX) NOT NULL,
    tie_break_criterion NVARCHAR(60) NOT NULL,
    status NVARCHAR(60) NOT NULL,
    version INT NOT NULL,
    created_at DATETIMEOFFSET NOT NULL,
    updated_at DATETIMEOFFSET NOT NULL
);

CREATE TABLE bank_entries (
    id UNIQUEIDENTIFIER NOT NULL PRIMARY KEY,
    competition_id UNIQUEIDENTIFIER NOT NULL REFERENCES bank_competitions (id),
    idea_id UNIQUEIDENTIFIER NOT NULL REFERENCES bank_ideas (id),
    cooperative_id UNIQUEIDENTIFIER NULL,
    entered_at DATETIMEOFFSET NOT NULL
);

CREATE UNIQUE INDEX ux_bank_entries_competition_idea ON bank_entries (competition_id, idea_id);

CREATE TABLE bank_jurors (
    competition_id UNIQUEIDENTIFIER NOT NULL REFERENCES bank_competitions (id),
    juror_id UNIQUEIDENTIFIER NOT NULL,
    name NVARCHAR(300) NOT NULL,
    cooperatives NVARCHAR(MAX) NOT NULL,
    entries NVARCHAR(MAX) NULL,
    assigned_at DATETIMEOFFSET NOT NULL,
    PRIMARY KEY (competition_id, juror_id)
);

CREATE TABLE bank_scores (
    id UNIQUEIDENTIFIER NOT NULL PRIMARY KEY,
    entry_id UNIQUEIDENTIFIER NOT NULL REFERENCES bank_entries (id),
    competition_id UNIQUEIDENTIFIER NOT NULL REFERENCES bank_competitions (id),
    juror_id UNIQUEIDENTIFIER NOT NULL,
    scores NVARCHAR(MAX) NOT NULL,
    weighted_score DECIMAL(9, 4) NOT NULL,
    comment NVARCHAR(MAX) NULL,
    created_at DATETIMEOFFSET NOT NULL,
    updated_at DATETIMEOFFSET NOT NULL
);

CREATE UNIQUE INDEX ux_bank_scores_entry_juror ON bank_scores (entry_id, juror_id);

CREATE TABLE bank_awards (
    competition_id UNIQUEIDENTIFIER NOT NULL REFERENCES bank_competitions (id),
    entry_id UNIQUEIDENTIFIER NOT NULL REFERENCES bank_entries (id),
    award_rank INT NOT NULL,
    prize_label NVARCHAR(300) NOT NULL,
    amount DECIMAL(18, 2) NULL,
    PRIMARY KEY (competition_id, entry_id)
);
