-- The language the registry contact of a cooperative reads (ar, fr or en), so notifications to a cooperative without
-- an account reach its contact in that language. NULL: not recorded, the platform's default for contacts (Arabic).
ALTER TABLE coop_cooperatives ADD contact_language NVARCHAR(2) NULL;
