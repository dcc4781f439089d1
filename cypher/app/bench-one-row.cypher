// Benchmark reference only: writing one claim in its own transaction (what
// the batched loader is compared against).
MATCH (s:Actor {id: $source}), (t:Actor {id: $target})
MERGE (s)-[r:ATTACKED {id: $id}]->(t)
SET r.articleId = $articleId, r.evidence = $evidence, r.when = $when
