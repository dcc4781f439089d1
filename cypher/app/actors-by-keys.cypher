// Actors by their stable keys (the `id` property), and the claims and links
// among them, capped: what a saved scene or a link with positions draws.
UNWIND $keys AS key
MATCH (a:Actor {id: key})
WITH collect(a) AS actors
OPTIONAL CALL (actors) {
  UNWIND actors AS s
  MATCH (s)-[r]->(t:Actor)
  WHERE type(r) IN $types AND t.id IN $keys
  RETURN r
  LIMIT $limit
}
RETURN actors, collect(r) AS rels
