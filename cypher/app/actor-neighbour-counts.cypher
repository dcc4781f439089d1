// How many distinct neighbours, and claims, an actor has per relation type and
// direction ('out': the actor is the source): what Expand offers to choose from.
MATCH (a:Actor {id: $id})-[r]-(o:Actor)
WHERE type(r) IN $types
WITH type(r) AS type, CASE WHEN startNode(r) = a THEN 'out' ELSE 'in' END AS direction, o, r
RETURN type, direction, count(DISTINCT o) AS neighbours, count(DISTINCT r) AS claims
ORDER BY type, direction
