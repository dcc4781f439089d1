// Undoes a merge: the absorbed actor comes back with its properties, every
// relationship marked mergedFrom it moves back, the aliases the merge added
// leave the survivor, and its redirect goes. Mentions follow the moved claims.
MATCH (s:Actor {id: $survivor})
WHERE NOT EXISTS { MATCH (:Actor {id: $absorbed}) }
CREATE (x:Actor)
SET x = $snapshot
SET x:$(x.kind)
WITH s, x
CALL (s, x) {
  MATCH (s)-[r]->(o) WHERE r.mergedFrom = $absorbed
  WITH r, CASE WHEN o = s THEN x ELSE o END AS other
  CALL (r, x, other) { CREATE (x)-[n:$(type(r))]->(other) SET n = properties(r), n.mergedFrom = null }
  DELETE r
  RETURN count(*) AS outgoing
}
CALL (s, x) {
  MATCH (o)-[r]->(s) WHERE r.mergedFrom = $absorbed AND o <> s
  CALL (r, x, o) { CREATE (o)-[n:$(type(r))]->(x) SET n = properties(r), n.mergedFrom = null }
  DELETE r
  RETURN count(*) AS incoming
}
CALL (x) {
  MATCH (x)-[r]-() WHERE r.articleId IS NOT NULL
  WITH DISTINCT r.articleId AS articleId
  MATCH (ar:Article {id: articleId})
  MERGE (ar)-[m:MENTIONS]->(x) ON CREATE SET m.count = 1
  RETURN count(*) AS mentions
}
SET s.aliases = [a IN coalesce(s.aliases, []) WHERE NOT a IN $added],
    s.keys = [k IN coalesce(s.keys, []) WHERE NOT k IN coalesce(x.keys, []) OR k IN $survivorKeys],
    s.redirects = [i IN coalesce(s.redirects, []) WHERE i <> $absorbed]
RETURN outgoing + incoming AS moved
