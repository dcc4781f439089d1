// Full-text search over actor names and aliases (the actor_names index).
CALL db.index.fulltext.queryNodes('actor_names', $q, {limit: $limit}) YIELD node, score
WHERE node:Actor
RETURN node, score
ORDER BY score DESC, node.name
