// Undoes a split: the claims marked splitFrom $actorId move back from $newId,
// the alias and its key return, and the split-off actor goes if nothing else
// is left on it.
MATCH (a:Actor {id: $actorId}), (n:Actor {id: $newId})
CALL (a, n) {
  MATCH (n)-[r]->(o) WHERE r.splitFrom = $actorId
  WITH r, CASE WHEN o = n THEN a ELSE o END AS other
  CALL (r, a, other) { CREATE (a)-[c:$(type(r))]->(other) SET c = properties(r), c.splitFrom = null }
  DELETE r
  RETURN count(*) AS outgoing
}
CALL (a, n) {
  MATCH (o)-[r]->(n) WHERE r.splitFrom = $actorId AND o <> n
  CALL (r, a, o) { CREATE (o)-[c:$(type(r))]->(a) SET c = properties(r), c.splitFrom = null }
  DELETE r
  RETURN count(*) AS incoming
}
SET a.aliases = CASE WHEN $alias IN coalesce(a.aliases, []) OR $alias = a.name THEN a.aliases ELSE coalesce(a.aliases, []) + $alias END,
    a.keys = CASE WHEN $key IN coalesce(a.keys, []) THEN a.keys ELSE coalesce(a.keys, []) + $key END
WITH n, outgoing + incoming AS moved
CALL (n) {
  WITH n WHERE NOT EXISTS { MATCH (n)-[r]-(:Actor) }
  DETACH DELETE n
}
RETURN moved
