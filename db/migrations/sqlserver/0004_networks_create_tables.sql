CREATE TABLE net_organisations (
    id UNIQUEIDENTIFIER NOT NULL PRIMARY KEY,
    kind NVARCHAR(30) NOT NULL,
    name_ar NVARCHAR(300) NULL,
    name_fr NVARCHAR(300) NULL,
    name_en NVARCHAR(300) NULL,
    acronym NVARCHAR(300) NULL,
    region_code NVARCHAR(10) NULL,
    province_code NVARCHAR(10) NULL,
    phone NVARCHAR(30) NULL,
    email NVARCHAR(300) NULL,
    website NVARCHAR(300) NULL,
    name_key NVARCHAR(400) COLLATE Latin1_General_100_BIN2 NOT NULL,
    search_text NVARCHAR(MAX) NOT NULL,
    version INT NOT NULL,
    created_at DATETIMEOFFSET NOT NULL,
    updated_at DATETIMEOFFSET NOT NULL
);

CREATE INDEX ix_net_organisations_name_key ON net_organisations (name_key);
CREATE INDEX ix_net_organisations_region ON net_organisations (region_code, name_key);

GO

CREATE TABLE net_networks (
    id UNIQUEIDENTIFIER NOT NULL PRIMARY KEY,
    kind NVARCHAR(30) NOT NULL,
    name_ar NVARCHAR(300) NULL,
    name_fr NVARCHAR(300) NULL,
    name_en NVARCHAR(300) NULL,
    acronym NVARCHAR(300) NULL,
    scope NVARCHAR(30) NOT NULL,
    region_code NVARCHAR(10) NULL,
    province_code NVARCHAR(10) NULL,
    sectors NVARCHAR(MAX) NOT NULL,
    founded_on DATE NULL,
    status NVARCHAR(30) NOT NULL,
    assembly_on DATE NULL,
    assembly_place NVARCHAR(300) NULL,
    name_key NVARCHAR(400) COLLATE Latin1_General_100_BIN2 NOT NULL,
    search_text NVARCHAR(MAX) NOT NULL,
    version INT NOT NULL,
    created_at DATETIMEOFFSET NOT NULL,
    updated_at DATETIMEOFFSET NOT NULL
);

CREATE INDEX ix_net_networks_name_key ON net_networks (name_key);
CREATE INDEX ix_net_networks_region ON net_networks (region_code, name_key);

CREATE TABLE net_members (
    id UNIQUEIDENTIFIER NOT NULL PRIMARY KEY,
    network_id UNIQUEIDENTIFIER NOT NULL REFERENCES net_networks (id),
    member_type NVARCHAR(30) NOT NULL,
    member_id UNIQUEIDENTIFIER NOT NULL,
    name_ar NVARCHAR(300) NULL,
    name_fr NVARCHAR(300) NULL,
    joined_on DATE NOT NULL,
    left_on DATE NULL,
    leave_reason NVARCHAR(1000) NULL,
    created_at DATETIMEOFFSET NOT NULL
);

CREATE INDEX ix_net_members_network ON net_members (network_id, left_on);
CREATE INDEX ix_net_members_member ON net_members (member_type, member_id, left_on);

CREATE TABLE net_bodies (
    id UNIQUEIDENTIFIER NOT NULL PRIMARY KEY,
    network_id UNIQUEIDENTIFIER NOT NULL REFERENCES net_networks (id),
    kind NVARCHAR(30) NOT NULL,
    name_ar NVARCHAR(300) NULL,
    name_fr NVARCHAR(300) NULL,
    purpose NVARCHAR(1000) NULL,
    created_at DATETIMEOFFSET NOT NULL
);

CREATE INDEX ix_net_bodies_network ON net_bodies (network_id);

CREATE TABLE net_mandates (
    id UNIQUEIDENTIFIER NOT NULL PRIMARY KEY,
    network_id UNIQUEIDENTIFIER NOT NULL REFERENCES net_networks (id),
    body_id UNIQUEIDENTIFIER NOT NULL REFERENCES net_bodies (id),
    membership_id UNIQUEIDENTIFIER NOT NULL REFERENCES net_members (id),
    role NVARCHAR(30) NOT NULL,
    title NVARCHAR(300) NULL,
    term_start DATE NOT NULL,
    term_end DATE NOT NULL,
    created_at DATETIMEOFFSET NOT NULL
);

CREATE INDEX ix_net_mandates_network ON net_mandates (network_id, role, term_start);
CREATE INDEX ix_net_mandates_term_end ON net_mandates (term_end);
