// @title Actors with the most events
// @description Actors ranked by the number of event claims they take part in, as source or target.
// @param limit: integer = 25 — how many actors
// @param types: relationTypes = ["ATTACKED", "SANCTIONED", "EXPELLED", "DENIED"] — relation types counted
MATCH (a:Actor)-[r]-(:Actor)
WHERE type(r) IN $types
WITH a, count(r) AS events, sum(CASE WHEN startNode(r) = a THEN 1 ELSE 0 END) AS as_source
RETURN a, a.name AS actor, a.kind AS kind, events, as_source, events - as_source AS as_target
ORDER BY events DESC, a.name
LIMIT $limit
