// The event graph filtered by relation types, actor kinds, article and date
// range (partial ISO dates compare by prefix), newest first, capped.
MATCH (s:Actor)-[r]->(t:Actor)
WHERE type(r) IN $types
  AND ($kinds IS NULL OR (s.kind IN $kinds AND t.kind IN $kinds))
  AND ($article IS NULL OR r.articleId = $article)
  AND ($from IS NULL OR (r.when IS NOT NULL AND r.when >= $from))
  AND ($to IS NULL OR (r.when IS NOT NULL AND left(r.when, size($to)) <= $to))
WITH s, r, t
ORDER BY r.when DESC, r.id
LIMIT $limit
RETURN s, r, t
