CREATE TABLE net_projects (
    id UNIQUEIDENTIFIER NOT NULL PRIMARY KEY,
    network_id UNIQUEIDENTIFIER NOT NULL REFERENCES net_networks (id),
    title NVARCHAR(200) NOT NULL,
    description NVARCHAR(2000) NULL,
    sector NVARCHAR(50) NULL,
    memberships NVARCHAR(MAX) NOT NULL,
    started_on DATE NULL,
    status NVARCHAR(20) NOT NULL,
    created_at DATETIMEOFFSET NOT NULL
);

CREATE INDEX ix_net_projects_network ON net_projects (network_id);

CREATE TABLE net_assessments (
    id UNIQUEIDENTIFIER NOT NULL PRIMARY KEY,
    project_id UNIQUEIDENTIFIER NOT NULL REFERENCES net_projects (id),
    network_id UNIQUEIDENTIFIER NOT NULL REFERENCES net_networks (id),
    assessed_on DATE NOT NULL,
    jobs INT NULL,
    women_involved INT NULL,
    youth_involved INT NULL,
    revenue DECIMAL(18, 2) NULL,
    investment DECIMAL(18, 2) NULL,
    environmental NVARCHAR(MAX) NOT NULL,
    note NVARCHAR(1000) NULL,
    created_at DATETIMEOFFSET NOT NULL
);

CREATE INDEX ix_net_assessments_network ON net_assessments (network_id, assessed_on);
CREATE UNIQUE INDEX ux_net_assessments_project_date ON net_assessments (project_id, assessed_on);
