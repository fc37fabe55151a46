CREATE TABLE net_projects (
    id TEXT NOT NULL PRIMARY KEY,
    network_id TEXT NOT NULL REFERENCES net_networks (id),
    title TEXT NOT NULL,
    description TEXT NULL,
    sector TEXT NULL,
    memberships TEXT NOT NULL,
    started_on TEXT NULL,
    status TEXT NOT NULL,
    created_at TEXT NOT NULL
);

CREATE INDEX ix_net_projects_network ON net_projects (network_id);

CREATE TABLE net_assessments (
    id TEXT NOT NULL PRIMARY KEY,
    project_id TEXT NOT NULL REFERENCES net_projects (id),
    network_id TEXT NOT NULL REFERENCES net_networks (id),
    assessed_on TEXT NOT NULL,
    jobs INTEGER NULL,
    women_involved INTEGER NULL,
    youth_involved INTEGER NULL,
    revenue NUMERIC NULL,
    investment NUMERIC NULL,
    environmental TEXT NOT NULL,
    note TEXT NULL,
    created_at TEXT NOT NULL
);

CREATE INDEX ix_net_assessments_network ON net_assessments (network_id, assessed_on);
CREATE UNIQUE INDEX ux_net_assessments_project_date ON net_assessments (project_id, assessed_on);
