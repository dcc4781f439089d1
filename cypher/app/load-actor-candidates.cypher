// The actors of the graph that the actors of one incoming article may be:
// those with an incoming id (or the id of its state's body), and those of the
// same kind that the full-text index finds by its name or specific names.
// The writer's ActorResolver decides which, if any, each incoming actor is.
UNWIND $actors AS a
CALL (a) {
  MATCH (x:Actor) WHERE x.id IN a.ids
  RETURN x
  UNION
  WITH a WHERE a.search <> ''
  CALL db.index.fulltext.queryNodes('actor_names', a.search, {limit: 25}) YIELD node
  WITH a, node WHERE node.kind = a.kind
  RETURN node AS x
}
WITH DISTINCT x
RETURN x.id AS id, x.kind AS kind, coalesce(x.nameKey, '') AS nameKey, coalesce(x.idKeys, []) AS idKeys, x.state AS state,
       coalesce(x.keys, []) AS keys, [x.name] + coalesce(x.aliases, []) AS aliases
