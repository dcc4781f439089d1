// Deletes an article: its claims, its mentions, the article, and every actor
// that no other article mentions any more.
MATCH (ar:Article {id: $id})
OPTIONAL MATCH (ar)-[:MENTIONS]->(x:Actor)
WITH ar, collect(DISTINCT x) AS mentioned
CALL (ar, mentioned) {
  UNWIND mentioned AS x
  MATCH (x)-[r]-(:Actor)
  WHERE r.articleId = ar.id
  WITH DISTINCT r
  DELETE r
  RETURN count(*) AS claimsRemoved
}
DETACH DELETE ar
WITH mentioned, claimsRemoved
CALL (mentioned) {
  UNWIND mentioned AS x
  WITH x WHERE NOT EXISTS { (:Article)-[:MENTIONS]->(x) }
  DETACH DELETE x
  RETURN count(*) AS actorsRemoved
}
RETURN claimsRemoved, actorsRemoved
