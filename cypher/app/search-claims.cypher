// Full-text search over claim sentences (the claim_evidence index): each
// claim with its two actors and its article's title. Rejected claims are
// deleted from the graph (see correction-reject-claim), so they are not found.
CALL db.index.fulltext.queryRelationships('claim_evidence', $q, {limit: $limit}) YIELD relationship AS r, score
WITH r, score, startNode(r) AS s, endNode(r) AS t
WHERE s:Actor AND t:Actor
OPTIONAL MATCH (ar:Article {id: r.articleId})
RETURN s, r, t, ar.title AS articleTitle, score
ORDER BY score DESC, r.id
