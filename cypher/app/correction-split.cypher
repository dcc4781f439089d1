// Splits the alias $alias off actor $actorId into actor $newId (same kind):
// the claims whose sentence uses the alias ($pattern, a Java regex) move to
// it, marked splitFrom, and the alias and its key leave the old actor. With
// $article set, only that article's claims (a re-application after a load).
MATCH (a:Actor {id: $actorId})
MERGE (n:Actor {id: $newId})
  ON CREATE SET n.name = $alias, n.kind = a.kind, n.aliases = [], n.keys = [$key], n.splitFrom = $actorId, n:$(a.kind)
WITH a, n
CALL (a, n) {
  MATCH (a)-[r]->(o) WHERE r.evidence =~ $pattern AND ($article IS NULL OR r.articleId = $article)
  WITH r, CASE WHEN o = a THEN n ELSE o END AS other
  CALL (r, n, other) { CREATE (n)-[c:$(type(r))]->(other) SET c = properties(r), c.splitFrom = $actorId }
  DELETE r
  RETURN count(*) AS outgoing
}
CALL (a, n) {
  MATCH (o)-[r]->(a) WHERE o <> a AND r.evidence =~ $pattern AND ($article IS NULL OR r.articleId = $article)
  CALL (r, n, o) { CREATE (o)-[c:$(type(r))]->(n) SET c = properties(r), c.splitFrom = $actorId }
  DELETE r
  RETURN count(*) AS incoming
}
CALL (n) {
  MATCH (n)-[r]-() WHERE r.splitFrom IS NOT NULL
  WITH DISTINCT r.articleId AS articleId
  MATCH (ar:Article {id: articleId})
  MERGE (ar)-[m:MENTIONS]->(n) ON CREATE SET m.count = 1
  RETURN count(*) AS mentions
}
WITH a, n, outgoing + incoming AS moved, $alias IN coalesce(a.aliases, []) AS hadAlias
SET a.aliases = [x IN coalesce(a.aliases, []) WHERE x <> $alias],
    a.keys = [k IN coalesce(a.keys, []) WHERE k <> $key OR k = $nameKey]
RETURN moved, hadAlias
