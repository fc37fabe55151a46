CREATE TABLE net_organisations (
    id TEXT NOT NULL PRIMARY KEY,
    kind TEXT NOT NULL,
    name_ar TEXT NULL,
    name_fr TEXT NULL,
    name_en TEXT NULL,
    acronym TEXT NULL,
    region_code TEXT NULL,
    province_code TEXT NULL,
    phone TEXT NULL,
    email TEXT NULL,
    website TEXT NULL,
    name_key TEXT NOT NULL,
    search_text TEXT NOT NULL,
    version INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE INDEX ix_net_organisations_name_key ON net_organisations (name_key);
CREATE INDEX ix_net_organisations_region ON net_organisations (region_code, name_key);

CREATE TABLE net_networks (
    id TEXT NOT NULL PRIMARY KEY,
    kind TEXT NOT NULL,
    name_ar TEXT NULL,
    name_fr TEXT NULL,
    name_en TEXT NULL,
    acronym TEXT NULL,
    scope TEXT NOT NULL,
    region_code TEXT NULL,
    province_code TEXT NULL,
    sectors TEXT NOT NULL,
    founded_on TEXT NULL,
    status TEXT NOT NULL,
    assembly_on TEXT NULL,
    assembly_place TEXT NULL,
    name_key TEXT NOT NULL,
    search_text TEXT NOT NULL,
    version INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE INDEX ix_net_networks_name_key ON net_networks (name_key);
CREATE INDEX ix_net_networks_region ON net_networks (region_code, name_key);

CREATE TABLE net_members (
    id TEXT NOT NULL PRIMARY KEY,
    network_id TEXT NOT NULL REFERENCES net_networks (id),
    member_type TEXT NOT NULL,
    member_id TEXT NOT NULL,
    name_ar TEXT NULL,
    name_fr TEXT NULL,
    joined_on TEXT NOT NULL,
    left_on TEXT NULL,
    leave_reason TEXT NULL,
    created_at TEXT NOT NULL
);

CREATE INDEX ix_net_members_network ON net_members (network_id, left_on);
CREATE INDEX ix_net_members_member ON net_members (member_type, member_id, left_on);

CREATE TABLE net_bodies (
    id TEXT NOT NULL PRIMARY KEY,
    network_id TEXT NOT NULL REFERENCES net_networks (id),
    kind TEXT NOT NULL,
    name_ar TEXT NULL,
    name_fr TEXT NULL,
    purpose TEXT NULL,
    created_at TEXT NOT NULL
);

CREATE INDEX ix_net_bodies_network ON net_bodies (network_id);

CREATE TABLE net_mandates (
    id TEXT NOT NULL PRIMARY KEY,
    network_id TEXT NOT NULL REFERENCES net_networks (id),
    body_id TEXT NOT NULL REFERENCES net_bodies (id),
    membership_id TEXT NOT NULL REFERENCES net_members (id),
    role TEXT NOT NULL,
    title TEXT NULL,
    term_start TEXT NOT NULL,
    term_end TEXT NOT NULL,
    created_at TEXT NOT NULL
);

CREATE INDEX ix_net_mandates_network ON net_mandates (network_id, role, term_start);
CREATE INDEX ix_net_mandates_term_end ON net_mandates (term_end);
