// @title Who attacked whom
// @description Every ATTACKED claim between two actors, newest first, with its evidence.
// @param limit: integer = 200 — most claims to return
MATCH (s:Actor)-[r:ATTACKED]->(t:Actor)
RETURN s, r, t, s.name AS attacker, t.name AS target, r.when AS when, r.evidence AS evidence
ORDER BY r.when DESC, r.id
LIMIT $limit
