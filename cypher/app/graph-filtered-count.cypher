// How many edges match the graph filters (before the cap).
MATCH (s:Actor)-[r]->(t:Actor)
WHERE type(r) IN $types
  AND ($kinds IS NULL OR (s.kind IN $kinds AND t.kind IN $kinds))
  AND ($article IS NULL OR r.articleId = $article)
  AND ($from IS NULL OR (r.when IS NOT NULL AND r.when >= $from))
  AND ($to IS NULL OR (r.when IS NOT NULL AND left(r.when, size($to)) <= $to))
RETURN count(r) AS total
