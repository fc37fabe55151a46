-- Issue 17 (ADR 0020): what the system writes into an application's history, its decision and its eligibility reasons is
-- stored as a catalogue code with its arguments and rendered in the reader's language when read; what a person typed
-- stays as typed. New columns hold the codes; the English sentences written so far become their codes here.

ALTER TABLE prog_application_history ADD reason_code NVARCHAR(200) NULL, reason_args NVARCHAR(MAX) NULL, actor_code NVARCHAR(200) NULL;
ALTER TABLE prog_applications ADD decision_reason_code NVARCHAR(200) NULL, decision_reason_args NVARCHAR(MAX) NULL;
GO

-- Eligibility reasons: each sentence becomes {rule, code, args}; one of another shape keeps its message.
UPDATE prog_applications SET eligibility = N'[' + (
    SELECT STRING_AGG(CAST(c.converted AS NVARCHAR(MAX)), N',') WITHIN GROUP (ORDER BY CAST(e.[key] AS INT))
    FROM OPENJSON(prog_applications.eligibility) e
    CROSS APPLY (SELECT JSON_VALUE(e.[value], '$.rule') AS [rule], JSON_VALUE(e.[value], '$.message') AS message) f
    CROSS APPLY (SELECT CASE
        WHEN f.[rule] = N'status' AND f.message LIKE N'The call is open to cooperatives that are %; this one is %.'
            THEN N'{"rule":"status","code":"programs.eligibility.status","args":{' + N'"statuses":' + N'"' + STRING_ESCAPE(REPLACE(SUBSTRING(f.message, 43, CHARINDEX(N'; this one is ', f.message) - 43), N' or ', N', '), 'json') + N'"' + N',"cooperativeStatus":' + N'"' + STRING_ESCAPE(SUBSTRING(f.message, CHARINDEX(N'; this one is ', f.message) + 14, LEN(f.message) - CHARINDEX(N'; this one is ', f.message) - 14), 'json') + N'"' + N'}}'
        WHEN f.[rule] = N'sector' AND f.message LIKE N'The call is for the sectors %; the cooperative works in no listed sector.'
            THEN N'{"rule":"sector","code":"programs.eligibility.sector_none","args":{' + N'"sectors":' + N'"' + STRING_ESCAPE(SUBSTRING(f.message, 29, CHARINDEX(N'; the cooperative works in no listed sector', f.message) - 29), 'json') + N'"' + N'}}'
        WHEN f.[rule] = N'sector' AND f.message LIKE N'The call is for the sectors %; the cooperative works in %.'
            THEN N'{"rule":"sector","code":"programs.eligibility.sector","args":{' + N'"sectors":' + N'"' + STRING_ESCAPE(SUBSTRING(f.message, 29, CHARINDEX(N'; the cooperative works in ', f.message) - 29), 'json') + N'"' + N',"cooperativeSectors":' + N'"' + STRING_ESCAPE(SUBSTRING(f.message, CHARINDEX(N'; the cooperative works in ', f.message) + 27, LEN(f.message) - CHARINDEX(N'; the cooperative works in ', f.message) - 27), 'json') + N'"' + N'}}'
        WHEN f.[rule] = N'region' AND f.message LIKE N'The call is for cooperatives of %; this one is in %.'
            THEN N'{"rule":"region","code":"programs.eligibility.region","args":{' + N'"regions":' + N'"' + STRING_ESCAPE(SUBSTRING(f.message, 33, CHARINDEX(N'; this one is in ', f.message) - 33), 'json') + N'"' + N',"cooperativeRegion":' + N'"' + STRING_ESCAPE(SUBSTRING(f.message, CHARINDEX(N'; this one is in ', f.message) + 17, LEN(f.message) - CHARINDEX(N'; this one is in ', f.message) - 17), 'json') + N'"' + N'}}'
        WHEN f.[rule] = N'province' AND f.message LIKE N'The call is for cooperatives of the provinces %; this one is in %.'
            THEN N'{"rule":"province","code":"programs.eligibility.province","args":{' + N'"provinces":' + N'"' + STRING_ESCAPE(SUBSTRING(f.message, 47, CHARINDEX(N'; this one is in ', f.message) - 47), 'json') + N'"' + N',"cooperativeProvince":' + N'"' + STRING_ESCAPE(SUBSTRING(f.message, CHARINDEX(N'; this one is in ', f.message) + 17, LEN(f.message) - CHARINDEX(N'; this one is in ', f.message) - 17), 'json') + N'"' + N'}}'
        WHEN f.[rule] = N'age' AND f.message LIKE N'The call needs cooperatives at least % months old; the registry has no founding date for this one.'
            THEN N'{"rule":"age","code":"programs.eligibility.age_unknown","args":{' + N'"months":' + CAST(CAST(SUBSTRING(f.message, 38, CHARINDEX(N' months old; the registry has no founding date for this one', f.message) - 38) AS INT) AS NVARCHAR(20)) + N'}}'
        WHEN f.[rule] = N'age' AND f.message LIKE N'The call needs cooperatives at least % months old; this one was founded on %.'
            THEN N'{"rule":"age","code":"programs.eligibility.age","args":{' + N'"months":' + CAST(CAST(SUBSTRING(f.message, 38, CHARINDEX(N' months old; this one was founded on ', f.message) - 38) AS INT) AS NVARCHAR(20)) + N',"foundedOn":' + N'"' + STRING_ESCAPE(SUBSTRING(f.message, CHARINDEX(N' months old; this one was founded on ', f.message) + 37, LEN(f.message) - CHARINDEX(N' months old; this one was founded on ', f.message) - 37), 'json') + N'"' + N'}}'
        WHEN f.[rule] = N'members' AND f.message LIKE N'The call needs at least % members; the registry lists %.'
            THEN N'{"rule":"members","code":"programs.eligibility.members","args":{' + N'"min":' + CAST(CAST(SUBSTRING(f.message, 25, CHARINDEX(N' members; the registry lists ', f.message) - 25) AS INT) AS NVARCHAR(20)) + N',"members":' + CAST(CAST(SUBSTRING(f.message, CHARINDEX(N' members; the registry lists ', f.message) + 29, LEN(f.message) - CHARINDEX(N' members; the registry lists ', f.message) - 29) AS INT) AS NVARCHAR(20)) + N'}}'
        WHEN f.[rule] = N'previousAwards' AND f.message LIKE N'The call accepts cooperatives with at most % previous awards; this one has %.'
            THEN N'{"rule":"previousAwards","code":"programs.eligibility.previous_awards","args":{' + N'"max":' + CAST(CAST(SUBSTRING(f.message, 44, CHARINDEX(N' previous awards; this one has ', f.message) - 44) AS INT) AS NVARCHAR(20)) + N',"awards":' + CAST(CAST(SUBSTRING(f.message, CHARINDEX(N' previous awards; this one has ', f.message) + 31, LEN(f.message) - CHARINDEX(N' previous awards; this one has ', f.message) - 31) AS INT) AS NVARCHAR(20)) + N'}}'
        WHEN f.[rule] = N'womenLed' AND f.message = N'The call is for women-led cooperatives; the registry does not list this one as women-led.'
            THEN N'{"rule":"womenLed","code":"programs.eligibility.women_led","args":{}}'
        ELSE e.[value] END AS converted) c
) + N']'
WHERE eligibility LIKE N'%"message"%';

-- History written by the eligibility check: the reasons are the application's (written at the same submission).
UPDATE prog_application_history SET reason_code = N'programs.history.eligible', reason = NULL
WHERE reason = N'Meets every rule of the call.';
UPDATE h SET reason_code = N'programs.history.ineligible', reason = NULL, reason_args = N'{"failures":' + a.eligibility + N'}'
FROM prog_application_history h JOIN prog_applications a ON a.id = h.application_id
WHERE h.to_status = N'ineligible' AND h.actor = N'eligibility check' AND h.reason_code IS NULL;
UPDATE prog_application_history SET reason_code = N'programs.history.first_support', reason = NULL
WHERE reason = N'First support delivered.';
UPDATE prog_application_history SET reason_code = N'programs.history.promoted', reason = NULL
WHERE reason = N'Promoted from the waitlist: a selected application was withdrawn.';
UPDATE prog_application_history SET reason_code = N'programs.history.eligibility_override',
    reason_args = N'{"reason":"' + STRING_ESCAPE(SUBSTRING(reason, 23, 2000), 'json') + N'"}', reason = NULL
WHERE reason LIKE N'Eligibility override: %';
UPDATE prog_application_history SET reason_code = N'programs.history.cooperative_dissolved',
    reason_args = N'{"dissolvedOn":"' + SUBSTRING(reason, 26, 10) + N'"}', reason = NULL
WHERE reason LIKE N'Cooperative dissolved on ____-__-__.';
UPDATE prog_application_history SET reason_code = N'programs.history.cooperative_dissolved_because',
    reason_args = N'{"dissolvedOn":"' + SUBSTRING(reason, 26, 10) + N'","reason":"' + STRING_ESCAPE(SUBSTRING(reason, 38, 2000), 'json') + N'"}', reason = NULL
WHERE reason LIKE N'Cooperative dissolved on ____-__-__: %';

-- The system as an actor: its name is the catalogue's, in the reader's language.
UPDATE prog_application_history SET actor_code = N'programs.actor.eligibility_check', actor = N'programs.actor.eligibility_check' WHERE actor = N'eligibility check';
UPDATE prog_application_history SET actor_code = N'programs.actor.system', actor = N'programs.actor.system' WHERE actor = N'system';
UPDATE prog_application_history SET actor_code = N'programs.actor.unknown', actor = N'programs.actor.unknown' WHERE actor = N'unknown';

-- A decision the system took (a place freed on the waitlist).
UPDATE prog_applications SET decision_reason_code = N'programs.history.promoted', decision_reason = NULL
WHERE decision_reason = N'Promoted from the waitlist: a selected application was withdrawn.';
