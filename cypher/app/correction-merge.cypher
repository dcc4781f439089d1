// Merges actor $absorbed into $survivor: every relationship moves (claims keep
// their properties and get mergedFrom, so that an undo can move them back),
// mentions add up, names and aliases join, the absorbed id becomes a redirect
// of the survivor, and the absorbed node is deleted. Nothing happens when the
// absorbed actor does not exist (a re-application that finds nothing to do).
MATCH (x:Actor {id: $absorbed}), (s:Actor {id: $survivor})
WHERE x <> s
CALL (x, s) {
  MATCH (x)-[r]->(o) WHERE type(r) <> 'MENTIONS'
  WITH r, o, CASE WHEN o = x THEN s ELSE o END AS other
  CALL (r, s, other) { CREATE (s)-[n:$(type(r))]->(other) SET n = properties(r), n.mergedFrom = $absorbed }
  DELETE r
  RETURN count(*) AS outgoing
}
CALL (x, s) {
  MATCH (o)-[r]->(x) WHERE type(r) <> 'MENTIONS' AND o <> x
  CALL (r, s, o) { CREATE (o)-[n:$(type(r))]->(s) SET n = properties(r), n.mergedFrom = $absorbed }
  DELETE r
  RETURN count(*) AS incoming
}
CALL (x, s) {
  MATCH (ar:Article)-[m:MENTIONS]->(x)
  MERGE (ar)-[n:MENTIONS]->(s)
    ON CREATE SET n.count = m.count
    ON MATCH SET n.count = coalesce(n.count, 0) + coalesce(m.count, 0)
  DELETE m
  RETURN count(*) AS mentions
}
WITH x, s, outgoing + incoming AS moved, [n IN [x.name] + coalesce(x.aliases, []) WHERE n <> s.name AND NOT n IN coalesce(s.aliases, [])] AS added
SET s.aliases = coalesce(s.aliases, []) + added,
    s.keys = coalesce(s.keys, []) + [k IN coalesce(x.keys, []) WHERE NOT k IN coalesce(s.keys, [])],
    s.redirects = coalesce(s.redirects, []) + [i IN [x.id] + coalesce(x.redirects, []) WHERE NOT i IN coalesce(s.redirects, [])]
WITH x, moved, added, properties(x) AS snapshot
DETACH DELETE x
RETURN moved, added, snapshot
