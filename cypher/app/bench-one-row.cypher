// Benchmark reference only: the loader's write of one claim (the same
// statement shape as load-relations), sent in its own transaction per row.
MATCH (s:Actor {id: $source})
MATCH (t:Actor {id: $target})
CREATE (s)-[r:$($type) {id: $id, articleId: $articleId, evidence: $evidence, start: $start, end: $end,
                         when: $when, certainty: $certainty, claimedBy: $claimedBy, denies: $denies}]->(t)
RETURN count(r) AS relations
