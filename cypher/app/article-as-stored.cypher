// One article as it stands in the graph: the actors it mentions, each with
// every name the graph has for it (its own and those other articles brought),
// and its event claims between the graph's actors.
MATCH (ar:Article {id: $id})
CALL (ar) {
  OPTIONAL MATCH (ar)-[:MENTIONS]->(x:Actor)
  RETURN collect(x {.id, .name, .kind, aliases: coalesce(x.aliases, [])}) AS actors
}
CALL (ar) {
  OPTIONAL MATCH (ar)-[:MENTIONS]->(:Actor)-[r:ATTACKED|SANCTIONED|EXPELLED|DENIED]-(:Actor)
  WHERE r.articleId = ar.id
  WITH DISTINCT r
  RETURN collect(CASE WHEN r IS NULL THEN null ELSE {id: r.id, type: type(r), source: startNode(r).id, target: endNode(r).id} END) AS claims
}
RETURN actors, claims
