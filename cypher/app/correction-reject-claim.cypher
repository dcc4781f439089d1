// Takes a claim out of the graph (rejected), returning all of it so that the
// correction keeps it and a restore can put it back exactly.
MATCH (s:Actor)-[r:ATTACKED|SANCTIONED|EXPELLED|DENIED|PART_OF|LEADS|SPEAKS_FOR {id: $claimId}]->(t:Actor)
WHERE r.articleId = $articleId
WITH s, t, r, type(r) AS type, properties(r) AS props
DELETE r
RETURN s.id AS source, t.id AS target, type, props
