// Removes this article's claims that a new extraction no longer makes, so that
// re-loading an article replaces its claims instead of piling them up.
MATCH (:Article {id: $articleId})-[:MENTIONS]->(:Actor)-[r:ATTACKED|SANCTIONED|EXPELLED|DENIED|PART_OF|LEADS|SPEAKS_FOR]-(:Actor)
WHERE r.articleId = $articleId AND NOT r.id IN $keep
WITH DISTINCT r
DELETE r
RETURN count(*) AS pruned
