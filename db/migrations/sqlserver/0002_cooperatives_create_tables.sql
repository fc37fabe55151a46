CREATE TABLE coop_cooperatives (
    id UNIQUEIDENTIFIER NOT NULL PRIMARY KEY NONCLUSTERED,
    registration_number NVARCHAR(50) COLLATE Latin1_General_100_BIN2 NOT NULL,
    name_ar NVARCHAR(200) NULL,
    name_fr NVARCHAR(200) NULL,
    legal_form NVARCHAR(50) NOT NULL,
    sectors NVARCHAR(400) NOT NULL,
    activities NVARCHAR(2000) NULL,
    products NVARCHAR(MAX) NOT NULL,
    region_code NVARCHAR(10) NOT NULL,
    province_code NVARCHAR(10) NOT NULL,
    commune NVARCHAR(100) NULL,
    address NVARCHAR(300) NULL,
    founded_on DATE NULL,
    members_total INT NOT NULL,
    members_women INT NOT NULL,
    members_youth INT NOT NULL,
    women_led BIT NOT NULL,
    board_size INT NULL,
    manager_role NVARCHAR(100) NULL,
    certifications NVARCHAR(MAX) NOT NULL,
    needs NVARCHAR(400) NOT NULL,
    contact_phone NVARCHAR(30) NULL,
    contact_email NVARCHAR(200) NULL,
    contact_website NVARCHAR(300) NULL,
    status NVARCHAR(20) NOT NULL,
    version INT NOT NULL,
    created_at DATETIMEOFFSET NOT NULL,
    updated_at DATETIMEOFFSET NOT NULL,
    search_text NVARCHAR(MAX) NOT NULL,
    registration_key NVARCHAR(100) COLLATE Latin1_General_100_BIN2 NOT NULL,
    name_ar_key NVARCHAR(400) COLLATE Latin1_General_100_BIN2 NOT NULL,
    name_fr_key NVARCHAR(400) COLLATE Latin1_General_100_BIN2 NOT NULL,
    name_sort NVARCHAR(400) COLLATE Latin1_General_100_BIN2 NOT NULL
);
GO

-- Unique ignoring case and accents: the key is the folded number, compared in binary on both engines.
CREATE UNIQUE INDEX ux_coop_cooperatives_registration_key ON coop_cooperatives (registration_key);
CREATE INDEX ix_coop_cooperatives_registration_number ON coop_cooperatives (registration_number);
CREATE CLUSTERED INDEX cx_coop_cooperatives_name_sort ON coop_cooperatives (name_sort, id);
CREATE INDEX ix_coop_cooperatives_region ON coop_cooperatives (region_code, name_sort);
CREATE INDEX ix_coop_cooperatives_province ON coop_cooperatives (province_code, name_sort);
CREATE INDEX ix_coop_cooperatives_status ON coop_cooperatives (status, name_sort);
CREATE INDEX ix_coop_cooperatives_founded_on ON coop_cooperatives (founded_on);
CREATE INDEX ix_coop_cooperatives_members ON coop_cooperatives (members_total);
CREATE INDEX ix_coop_cooperatives_region_stats ON coop_cooperatives (region_code) INCLUDE (members_total, members_women, members_youth);
GO

CREATE TABLE coop_cooperative_sectors (
    cooperative_id UNIQUEIDENTIFIER NOT NULL REFERENCES coop_cooperatives (id) ON DELETE CASCADE,
    sector_code NVARCHAR(50) NOT NULL,
    PRIMARY KEY (cooperative_id, sector_code)
);

CREATE INDEX ix_coop_cooperative_sectors_sector ON coop_cooperative_sectors (sector_code, cooperative_id);

CREATE TABLE coop_status_changes (
    id UNIQUEIDENTIFIER NOT NULL PRIMARY KEY,
    cooperative_id UNIQUEIDENTIFIER NOT NULL REFERENCES coop_cooperatives (id) ON DELETE CASCADE,
    sequence INT NOT NULL,
    from_status NVARCHAR(20) NULL,
    to_status NVARCHAR(20) NOT NULL,
    effective_on DATE NOT NULL,
    reason NVARCHAR(1000) NULL,
    recorded_at DATETIMEOFFSET NOT NULL
);

CREATE UNIQUE INDEX ux_coop_status_changes_sequence ON coop_status_changes (cooperative_id, sequence);
