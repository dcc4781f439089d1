// Finds, for each incoming actor, an existing actor to reuse: the same id, or
// else one of the same kind that shares a name or alias key. Candidates come
// from the full-text index; the exact key check decides.
UNWIND $actors AS a
OPTIONAL MATCH (same:Actor {id: a.id})
CALL (a, same) {
  WITH a, same WHERE same IS NULL AND a.search <> ''
  CALL db.index.fulltext.queryNodes('actor_names', a.search, {limit: 25}) YIELD node, score
  WITH a, node, score
  WHERE node.kind = a.kind AND any(k IN a.keys WHERE k IN coalesce(node.keys, []))
  RETURN node.id AS alias ORDER BY score DESC, node.id LIMIT 1
  UNION
  WITH a, same WHERE same IS NOT NULL OR a.search = ''
  RETURN null AS alias
}
RETURN a.id AS incoming, coalesce(same.id, alias, a.id) AS resolved
