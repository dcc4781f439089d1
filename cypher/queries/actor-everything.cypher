// @title Everything about one actor
// @description Every event and structural edge of one actor, with the actors on the other end.
// @param actor: actor = "country:iran" — the actor's id
// @param limit: integer = 300 — most edges to return
MATCH (a:Actor {id: $actor})-[r]-(o:Actor)
RETURN a, r, o, type(r) AS type, CASE WHEN startNode(r) = a THEN 'out' ELSE 'in' END AS direction,
       o.name AS other, r.when AS when, r.evidence AS evidence
ORDER BY r.when DESC, type(r)
LIMIT $limit
