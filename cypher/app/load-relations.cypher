// Creates the claims that are new: one edge per claim, keyed by the claim's id.
// The writer checks every type against the closed list before it gets here.
// NOTE: CREATE, not MERGE: the writer only passes ids the article does not have
// yet, and MERGE would scan every edge between two hubs to check for one.
// Properties are listed, not `SET r = map`, which would make the plan Eager.
UNWIND $relations AS e
MATCH (s:Actor {id: e.source})
MATCH (t:Actor {id: e.target})
CREATE (s)-[r:$(e.type) {id: e.id, articleId: e.articleId, evidence: e.evidence, start: e.start, end: e.end,
                         when: e.when, certainty: e.certainty, claimedBy: e.claimedBy, denies: e.denies}]->(t)
RETURN count(r) AS relations
