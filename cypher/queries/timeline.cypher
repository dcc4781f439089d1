// @title Events in a date range
// @description Event claims whose date falls between two (partial) dates, in date order: a timeline.
// @param from: date = "2000" — first date (YYYY, YYYY-MM or YYYY-MM-DD)
// @param to: date = "2100" — last date (YYYY, YYYY-MM or YYYY-MM-DD)
// @param types: relationTypes = ["ATTACKED", "SANCTIONED", "EXPELLED", "DENIED"] — relation types
// @param limit: integer = 500 — most events to return
MATCH (s:Actor)-[r]->(t:Actor)
WHERE type(r) IN $types AND r.when IS NOT NULL AND r.when >= $from AND left(r.when, size($to)) <= $to
RETURN s, r, t, r.when AS when, type(r) AS type, s.name AS source, t.name AS target, r.evidence AS evidence
ORDER BY r.when, type(r)
LIMIT $limit
