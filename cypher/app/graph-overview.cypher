// The event graph, newest first, capped: actors joined by event edges, plus
// isolated actors only when there are no events.
MATCH (s:Actor)-[r:ATTACKED|SANCTIONED|EXPELLED|DENIED]->(t:Actor)
WITH s, r, t
ORDER BY r.when DESC, r.id
LIMIT $limit
RETURN s, r, t
