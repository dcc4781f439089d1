// Deletes the claims of an article that a new extraction no longer makes
// (re-loading replaces an article's claims instead of piling them up).
CALL () {
  MATCH ()-[r:ATTACKED]->() WHERE r.articleId = $articleId AND r.id IN $ids DELETE r RETURN count(*) AS n
  UNION ALL
  MATCH ()-[r:SANCTIONED]->() WHERE r.articleId = $articleId AND r.id IN $ids DELETE r RETURN count(*) AS n
  UNION ALL
  MATCH ()-[r:EXPELLED]->() WHERE r.articleId = $articleId AND r.id IN $ids DELETE r RETURN count(*) AS n
  UNION ALL
  MATCH ()-[r:DENIED]->() WHERE r.articleId = $articleId AND r.id IN $ids DELETE r RETURN count(*) AS n
  UNION ALL
  MATCH ()-[r:PART_OF]->() WHERE r.articleId = $articleId AND r.id IN $ids DELETE r RETURN count(*) AS n
  UNION ALL
  MATCH ()-[r:LEADS]->() WHERE r.articleId = $articleId AND r.id IN $ids DELETE r RETURN count(*) AS n
  UNION ALL
  MATCH ()-[r:SPEAKS_FOR]->() WHERE r.articleId = $articleId AND r.id IN $ids DELETE r RETURN count(*) AS n
}
RETURN sum(n) AS deleted
