// The ids of the claims the given articles already have in the graph (one
// index seek on articleId per relationship type and article).
UNWIND $articleIds AS articleId
CALL (articleId) {
  MATCH ()-[r:ATTACKED]->() WHERE r.articleId = articleId RETURN r.id AS id
  UNION ALL
  MATCH ()-[r:SANCTIONED]->() WHERE r.articleId = articleId RETURN r.id AS id
  UNION ALL
  MATCH ()-[r:EXPELLED]->() WHERE r.articleId = articleId RETURN r.id AS id
  UNION ALL
  MATCH ()-[r:DENIED]->() WHERE r.articleId = articleId RETURN r.id AS id
  UNION ALL
  MATCH ()-[r:PART_OF]->() WHERE r.articleId = articleId RETURN r.id AS id
  UNION ALL
  MATCH ()-[r:LEADS]->() WHERE r.articleId = articleId RETURN r.id AS id
  UNION ALL
  MATCH ()-[r:SPEAKS_FOR]->() WHERE r.articleId = articleId RETURN r.id AS id
}
RETURN articleId, id
