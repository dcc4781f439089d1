// @title What one article says
// @description Every claim one article makes, in text order, with its sentence.
// @param article: string = "" — the article id (see GET /api/articles); empty means the most recently loaded
CALL () {
  MATCH (ar:Article)
  WHERE ar.id = $article OR ($article = '' )
  RETURN ar ORDER BY CASE WHEN ar.id = $article THEN 0 ELSE 1 END, ar.loadedAt DESC LIMIT 1
}
MATCH (ar)-[:MENTIONS]->(s:Actor)-[r]->(t:Actor)
WHERE r.articleId = ar.id
RETURN s, r, t, ar.title AS article, type(r) AS type, s.name AS source, t.name AS target, r.when AS when, r.evidence AS evidence, r.start AS offset
ORDER BY r.start, type(r)
