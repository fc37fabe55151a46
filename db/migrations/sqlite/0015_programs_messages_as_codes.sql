-- Issue 17 (ADR 0020): what the system writes into an application's history, its decision and its eligibility reasons is
-- stored as a catalogue code with its arguments and rendered in the reader's language when read; what a person typed
-- stays as typed. New columns hold the codes; the English sentences written so far become their codes here.

ALTER TABLE prog_application_history ADD COLUMN reason_code TEXT NULL;
ALTER TABLE prog_application_history ADD COLUMN reason_args TEXT NULL;
ALTER TABLE prog_application_history ADD COLUMN actor_code TEXT NULL;
ALTER TABLE prog_applications ADD COLUMN decision_reason_code TEXT NULL;
ALTER TABLE prog_applications ADD COLUMN decision_reason_args TEXT NULL;

-- Eligibility reasons: each sentence becomes {rule, code, args}; one of another shape keeps its message.
UPDATE prog_applications SET eligibility = (
    SELECT json_group_array(json(c.converted)) FROM (
        SELECT CASE
            WHEN f.rule = 'status' AND f.message LIKE 'The call is open to cooperatives that are %; this one is %.'
                THEN json_object('rule', f.rule, 'code', 'programs.eligibility.status', 'args', json_object('statuses', replace(substr(f.message, 43, instr(f.message, '; this one is ') - 43), ' or ', ', '), 'cooperativeStatus', substr(f.message, instr(f.message, '; this one is ') + 14, length(f.message) - instr(f.message, '; this one is ') - 14)))
            WHEN f.rule = 'sector' AND f.message LIKE 'The call is for the sectors %; the cooperative works in no listed sector.'
                THEN json_object('rule', f.rule, 'code', 'programs.eligibility.sector_none', 'args', json_object('sectors', substr(f.message, 29, instr(f.message, '; the cooperative works in no listed sector') - 29)))
            WHEN f.rule = 'sector' AND f.message LIKE 'The call is for the sectors %; the cooperative works in %.'
                THEN json_object('rule', f.rule, 'code', 'programs.eligibility.sector', 'args', json_object('sectors', substr(f.message, 29, instr(f.message, '; the cooperative works in ') - 29), 'cooperativeSectors', substr(f.message, instr(f.message, '; the cooperative works in ') + 27, length(f.message) - instr(f.message, '; the cooperative works in ') - 27)))
            WHEN f.rule = 'region' AND f.message LIKE 'The call is for cooperatives of %; this one is in %.'
                THEN json_object('rule', f.rule, 'code', 'programs.eligibility.region', 'args', json_object('regions', substr(f.message, 33, instr(f.message, '; this one is in ') - 33), 'cooperativeRegion', substr(f.message, instr(f.message, '; this one is in ') + 17, length(f.message) - instr(f.message, '; this one is in ') - 17)))
            WHEN f.rule = 'province' AND f.message LIKE 'The call is for cooperatives of the provinces %; this one is in %.'
                THEN json_object('rule', f.rule, 'code', 'programs.eligibility.province', 'args', json_object('provinces', substr(f.message, 47, instr(f.message, '; this one is in ') - 47), 'cooperativeProvince', substr(f.message, instr(f.message, '; this one is in ') + 17, length(f.message) - instr(f.message, '; this one is in ') - 17)))
            WHEN f.rule = 'age' AND f.message LIKE 'The call needs cooperatives at least % months old; the registry has no founding date for this one.'
                THEN json_object('rule', f.rule, 'code', 'programs.eligibility.age_unknown', 'args', json_object('months', CAST(substr(f.message, 38, instr(f.message, ' months old; the registry has no founding date for this one') - 38) AS INTEGER)))
            WHEN f.rule = 'age' AND f.message LIKE 'The call needs cooperatives at least % months old; this one was founded on %.'
                THEN json_object('rule', f.rule, 'code', 'programs.eligibility.age', 'args', json_object('months', CAST(substr(f.message, 38, instr(f.message, ' months old; this one was founded on ') - 38) AS INTEGER), 'foundedOn', substr(f.message, instr(f.message, ' months old; this one was founded on ') + 37, length(f.message) - instr(f.message, ' months old; this one was founded on ') - 37)))
            WHEN f.rule = 'members' AND f.message LIKE 'The call needs at least % members; the registry lists %.'
                THEN json_object('rule', f.rule, 'code', 'programs.eligibility.members', 'args', json_object('min', CAST(substr(f.message, 25, instr(f.message, ' members; the registry lists ') - 25) AS INTEGER), 'members', CAST(substr(f.message, instr(f.message, ' members; the registry lists ') + 29, length(f.message) - instr(f.message, ' members; the registry lists ') - 29) AS INTEGER)))
            WHEN f.rule = 'previousAwards' AND f.message LIKE 'The call accepts cooperatives with at most % previous awards; this one has %.'
                THEN json_object('rule', f.rule, 'code', 'programs.eligibility.previous_awards', 'args', json_object('max', CAST(substr(f.message, 44, instr(f.message, ' previous awards; this one has ') - 44) AS INTEGER), 'awards', CAST(substr(f.message, instr(f.message, ' previous awards; this one has ') + 31, length(f.message) - instr(f.message, ' previous awards; this one has ') - 31) AS INTEGER)))
            WHEN f.rule = 'womenLed' AND f.message = 'The call is for women-led cooperatives; the registry does not list this one as women-led.'
                THEN json_object('rule', f.rule, 'code', 'programs.eligibility.women_led', 'args', json_object())
            ELSE f.value END AS converted
        FROM (SELECT e.key AS k, e.value AS value, json_extract(e.value, '$.rule') AS rule, json_extract(e.value, '$.message') AS message
              FROM json_each(prog_applications.eligibility) e) f
        ORDER BY f.k) c)
WHERE eligibility LIKE '%"message"%';

-- History written by the eligibility check: the reasons are the application's (written at the same submission).
UPDATE prog_application_history SET reason_code = 'programs.history.eligible', reason = NULL
WHERE reason = 'Meets every rule of the call.';
UPDATE prog_application_history SET reason_code = 'programs.history.ineligible', reason = NULL,
    reason_args = json_object('failures', json((SELECT a.eligibility FROM prog_applications a WHERE a.id = prog_application_history.application_id)))
WHERE to_status = 'ineligible' AND actor = 'eligibility check' AND reason_code IS NULL;
UPDATE prog_application_history SET reason_code = 'programs.history.first_support', reason = NULL
WHERE reason = 'First support delivered.';
UPDATE prog_application_history SET reason_code = 'programs.history.promoted', reason = NULL
WHERE reason = 'Promoted from the waitlist: a selected application was withdrawn.';
UPDATE prog_application_history SET reason_code = 'programs.history.eligibility_override', reason_args = json_object('reason', substr(reason, 23)), reason = NULL
WHERE reason LIKE 'Eligibility override: %';
UPDATE prog_application_history SET reason_code = 'programs.history.cooperative_dissolved', reason_args = json_object('dissolvedOn', substr(reason, 26, 10)), reason = NULL
WHERE reason LIKE 'Cooperative dissolved on ____-__-__.';
UPDATE prog_application_history SET reason_code = 'programs.history.cooperative_dissolved_because',
    reason_args = json_object('dissolvedOn', substr(reason, 26, 10), 'reason', substr(reason, 38)), reason = NULL
WHERE reason LIKE 'Cooperative dissolved on ____-__-__: %';

-- The system as an actor: its name is the catalogue's, in the reader's language.
UPDATE prog_application_history SET actor_code = 'programs.actor.eligibility_check', actor = 'programs.actor.eligibility_check' WHERE actor = 'eligibility check';
UPDATE prog_application_history SET actor_code = 'programs.actor.system', actor = 'programs.actor.system' WHERE actor = 'system';
UPDATE prog_application_history SET actor_code = 'programs.actor.unknown', actor = 'programs.actor.unknown' WHERE actor = 'unknown';

-- A decision the system took (a place freed on the waitlist).
UPDATE prog_applications SET decision_reason_code = 'programs.history.promoted', decision_reason = NULL
WHERE decision_reason = 'Promoted from the waitlist: a selected application was withdrawn.';
