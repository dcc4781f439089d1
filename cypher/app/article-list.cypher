// Every article with the number of actors it mentions and claims it makes.
MATCH (ar:Article)
CALL (ar) { OPTIONAL MATCH (ar)-[m:MENTIONS]->(x:Actor) RETURN count(x) AS actors }
CALL (ar) {
  OPTIONAL MATCH (ar)-[:MENTIONS]->(:Actor)-[r:ATTACKED|SANCTIONED|EXPELLED|DENIED]->(:Actor)
  WHERE r.articleId = ar.id
  RETURN count(DISTINCT r) AS claims
}
// NOTE: the metadata only, never the text (it can be megabytes).
RETURN ar {.id, .title, .published, .source, .url, .sha256, .loadedAt} AS ar, actors, claims
ORDER BY ar.published DESC, ar.loadedAt DESC
LIMIT $limit
