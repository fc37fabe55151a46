CREATE TABLE bank_ideas (
    id TEXT NOT NULL PRIMARY KEY,
    title_ar TEXT NULL,
    title_fr TEXT NULL,
    problem TEXT NOT NULL,
    solution TEXT NOT NULL,
    sectors TEXT NOT NULL,
    regions TEXT NOT NULL,
    beneficiaries TEXT NULL,
    investment NUMERIC NULL,
    jobs INTEGER NULL,
    jobs_women INTEGER NULL,
    jobs_youth INTEGER NULL,
    impact_social TEXT NULL,
    impact_economic TEXT NULL,
    impact_environmental TEXT NULL,
    sdgs TEXT NOT NULL,
    attachments TEXT NOT NULL,
    cooperative_id TEXT NULL,
    cooperative_name_ar TEXT NULL,
    cooperative_name_fr TEXT NULL,
    submitted_by TEXT NOT NULL,
    status TEXT NOT NULL,
    curation_comment TEXT NULL,
    published_at TEXT NULL,
    search_text TEXT NOT NULL,
    version INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE INDEX ix_bank_ideas_status ON bank_ideas (status, published_at);
CREATE INDEX ix_bank_ideas_cooperative ON bank_ideas (cooperative_id);

CREATE TABLE bank_adoptions (
    id TEXT NOT NULL PRIMARY KEY,
    idea_id TEXT NOT NULL REFERENCES bank_ideas (id),
    cooperative_id TEXT NOT NULL,
    cooperative_name_ar TEXT NULL,
    cooperative_name_fr TEXT NULL,
    region_code TEXT NOT NULL,
    adopted_on TEXT NOT NULL,
    created_at TEXT NOT NULL
);

CREATE UNIQUE INDEX ux_bank_adoptions_idea_cooperative ON bank_adoptions (idea_id, cooperative_id);

CREATE TABLE bank_financing_links (
    id TEXT NOT NULL PRIMARY KEY,
    idea_id TEXT NOT NULL REFERENCES bank_ideas (id),
    call_id TEXT NOT NULL,
    program_code TEXT NOT NULL,
    call_title_ar TEXT NULL,
    call_title_fr TEXT NULL,
    linked_at TEXT NOT NULL
);

CREATE UNIQUE INDEX ux_bank_financing_links_idea_call ON bank_financing_links (idea_id, call_id);

CREATE TABLE bank_competitions (
    id TEXT NOT NULL PRIMARY KEY,
    title_ar TEXT NULL,
    title_fr TEXT NULL,
    description TEXT NULL,
    event_id TEXT NOT NULL,
    program_id TEXT NULL,
    region_code TEXT NULL,
    opens_at TEXT NOT NULL,
    closes_at TEXT NOT NULL,
    criteria TEXT NOT NULL,
    tie_break_criterion TEXT NOT NULL,
    status TEXT NOT NULL,
    version INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE bank_entries (
    id TEXT NOT NULL PRIMARY KEY,
    competition_id TEXT NOT NULL REFERENCES bank_competitions (id),
    idea_id TEXT NOT NULL REFERENCES bank_ideas (id),
    cooperative_id TEXT NULL,
    entered_at TEXT NOT NULL
);

CREATE UNIQUE INDEX ux_bank_entries_competition_idea ON bank_entries (competition_id, idea_id);

CREATE TABLE bank_jurors (
    competition_id TEXT NOT NULL REFERENCES bank_competitions (id),
    juror_id TEXT NOT NULL,
    name TEXT NOT NULL,
    cooperatives TEXT NOT NULL,
    entries TEXT NULL,
    assigned_at TEXT NOT NULL,
    PRIMARY KEY (competition_id, juror_id)
);

CREATE TABLE bank_scores (
    id TEXT NOT NULL PRIMARY KEY,
    entry_id TEXT NOT NULL REFERENCES bank_entries (id),
    competition_id TEXT NOT NULL REFERENCES bank_competitions (id),
    juror_id TEXT NOT NULL,
    scores TEXT NOT NULL,
    weighted_score NUMERIC NOT NULL,
    comment TEXT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE UNIQUE INDEX ux_bank_scores_entry_juror ON bank_scores (entry_id, juror_id);

CREATE TABLE bank_awards (
    competition_id TEXT NOT NULL REFERENCES bank_competitions (id),
    entry_id TEXT NOT NULL REFERENCES bank_entries (id),
    award_rank INTEGER NOT NULL,
    prize_label TEXT NOT NULL,
    amount NUMERIC NULL,
    PRIMARY KEY (competition_id, entry_id)
);
