-- The migrator creates app_schema_versions itself before the first script runs;
-- this script records the shared conventions every later script follows.
IF OBJECT_ID(N'app_schema_versions', N'U') IS NULL
CREATE TABLE app_schema_versions (
    id NVARCHAR(200) NOT NULL PRIMARY KEY,
    checksum NVARCHAR(64) NOT NULL,
    applied_at DATETIMEOFFSET NOT NULL
);
